//! The customer record that a control panel passes, and the policy facts that follow from it.
//! The parser is `crate::input::customer`.

use manetti_privacy_model::{closed_list, Activity, Audience, Condition, Fact};
use serde::{Deserialize, Serialize};

closed_list!(
    /// A service the customer uses.
    Service, "service-" {
        Domain = "domain",
        SslPaid = "ssl-paid",
        SslLetsEncrypt = "ssl-letsencrypt",
        Colocation = "colocation",
        MailboxImap = "mailbox-imap",
        MailboxOffice365 = "mailbox-office365",
        Managed = "managed",
    }
);

closed_list!(
    /// Something that happened between the customer and us.
    Event, "event-" {
        ContactedEmail = "contacted-email",
        ContactForm = "contact-form",
        ContactedPhone = "contacted-phone",
        AccountRecovery = "account-recovery",
        DatacenterVisit = "datacenter-visit",
        Quote = "quote",
        InvoiceInCollection = "invoice-in-collection",
        ErrorReport = "error-report",
        VisitedWebsite = "visited-website",
        MarkedSpam = "marked-spam",
    }
);

closed_list!(
    /// Private or business customer.
    CustomerType, "customer-type-" {
        Private = "private",
        Business = "business",
    }
);

/// What the panel knows of the customer; `None` is "not known to the panel".
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Profile {
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub address: Option<String>,
    pub billing_address: Option<String>,
    pub gender: Option<String>,
    pub company_name: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Customer {
    pub customer_type: CustomerType,
    pub profile: Profile,
    pub services: Vec<Service>,
    pub events: Vec<Event>,
}

impl Customer {
    pub fn has_service(&self, service: Service) -> bool {
        self.services.contains(&service)
    }

    pub fn had(&self, event: Event) -> bool {
        self.events.contains(&event)
    }

    /// What the policy's rules need to know of this customer.
    pub fn subject(&self) -> Subject {
        let (audience, other) = match self.customer_type {
            CustomerType::Private => (Audience::Private, Audience::Business),
            CustomerType::Business => (Audience::Business, Audience::Private),
        };
        Subject {
            audience,
            other,
            facts: self.facts(),
            business: self.customer_type == CustomerType::Business,
            billing_address_given: self.profile.billing_address.is_some(),
            marked_spam: self.had(Event::MarkedSpam),
        }
    }

    /// The policy facts true of this customer.
    pub fn facts(&self) -> Vec<Fact> {
        let mut facts = vec![Fact::Customer];
        let service_facts = [
            (Service::Domain, Fact::Domain),
            (Service::SslPaid, Fact::SslPaid),
            (Service::MailboxImap, Fact::MailboxImap),
            (Service::MailboxOffice365, Fact::MailboxOffice365),
        ];
        facts.extend(
            service_facts
                .iter()
                .filter(|(s, _)| self.has_service(*s))
                .map(|(_, f)| *f),
        );
        if self.has_service(Service::Colocation) && self.had(Event::DatacenterVisit) {
            facts.push(Fact::ColocationAccess);
        }
        let event_facts = [
            (Event::ContactedEmail, Fact::ContactedEmail),
            (Event::ContactForm, Fact::ContactForm),
            (Event::ContactedPhone, Fact::ContactedPhone),
            (Event::AccountRecovery, Fact::AccountRecovery),
            (Event::Quote, Fact::Quote),
            (Event::InvoiceInCollection, Fact::InvoiceInCollection),
            (Event::ErrorReport, Fact::ErrorReport),
            (Event::VisitedWebsite, Fact::VisitedWebsite),
        ];
        facts.extend(
            event_facts
                .iter()
                .filter(|(e, _)| self.had(*e))
                .map(|(_, f)| *f),
        );
        facts
    }
}

/// A customer as the policy's rules see them: their kind and the facts true of them.
#[derive(Debug, Clone, PartialEq)]
pub struct Subject {
    audience: Audience,
    other: Audience,
    facts: Vec<Fact>,
    business: bool,
    billing_address_given: bool,
    marked_spam: bool,
}

/// Whether a condition holds for a customer, as far as the record tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Known {
    Yes,
    No,
    /// The record does not say (a `null` profile field): the item may apply.
    Unknown,
}

impl Subject {
    /// A private or a business customer of whom nothing else is known: what concerns both
    /// concerns every customer.
    pub fn any_customer(business: bool) -> Subject {
        let (audience, other) = if business {
            (Audience::Business, Audience::Private)
        } else {
            (Audience::Private, Audience::Business)
        };
        Subject {
            audience,
            other,
            facts: vec![Fact::Customer],
            business,
            billing_address_given: false,
            marked_spam: false,
        }
    }

    /// Whether `activity` applies: one of its facts is true of the customer, and it is not
    /// meant only for the other kind of customer.
    pub fn concerned_by(&self, activity: &Activity) -> bool {
        let for_them =
            activity.audience.contains(&self.audience) || !activity.audience.contains(&self.other);
        for_them && activity.applies_when.iter().any(|f| self.facts.contains(f))
    }

    /// Whether `condition` holds. A `null` billing address is unknown, not absent; events the
    /// record does not list did not happen.
    pub fn holds(&self, condition: Condition) -> Known {
        let yes_no = |b: bool| if b { Known::Yes } else { Known::No };
        match condition {
            Condition::BillingAddressGiven if self.billing_address_given => Known::Yes,
            Condition::BillingAddressGiven => Known::Unknown,
            Condition::MarkedSpam => yes_no(self.marked_spam),
            Condition::Company => yes_no(self.business),
        }
    }
}
