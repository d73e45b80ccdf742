//! The customer record that a control panel passes, parsed and validated completely, and
//! the policy facts that follow from it.

use crate::error::Error;
use crate::input::{Fields, Value};
use crate::model::{closed_list, Activity, Audience, Condition, Fact};
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

const CUSTOMER_KEYS: &[&str] = &["customerType", "profile", "services", "events"];
const PROFILE_KEYS: &[&str] = &[
    "firstName",
    "lastName",
    "email",
    "phone",
    "address",
    "billingAddress",
    "gender",
    "companyName",
];

impl Customer {
    /// Parses a record; `path` names it in errors (`customer`, `options.customer`).
    pub fn parse(path: &str, value: &Value) -> Result<Customer, Error> {
        if !matches!(value, Value::Object(_)) {
            return Err(Error::new(format!(
                "{path}: expected a customer record (an object), got {}",
                value.kind()
            )));
        }
        let fields = Fields::of(path, value, CUSTOMER_KEYS)?;
        let type_path = fields.path_of("customerType");
        let type_ids: Vec<&str> = CustomerType::ALL.iter().map(|t| t.id()).collect();
        let customer_type = match fields.string("customerType")? {
            Some(id) => CustomerType::from_id(id)
                .ok_or_else(|| Error::unknown_value(&type_path, id, type_ids.iter().copied()))?,
            None => {
                return Err(Error::new(format!(
                    "{type_path}: required; expected one of {}",
                    crate::error::quoted_list(type_ids)
                )))
            }
        };
        let profile_value = fields.get("profile").unwrap_or(&Value::Null);
        let p = Fields::of(&fields.path_of("profile"), profile_value, PROFILE_KEYS)?;
        let text = |key: &str| p.string(key).map(|v| v.map(str::to_string));
        let profile = Profile {
            first_name: text("firstName")?,
            last_name: text("lastName")?,
            email: text("email")?,
            phone: text("phone")?,
            address: text("address")?,
            billing_address: text("billingAddress")?,
            gender: text("gender")?,
            company_name: text("companyName")?,
        };
        let service_ids: Vec<&str> = Service::ALL.iter().map(|s| s.id()).collect();
        let event_ids: Vec<&str> = Event::ALL.iter().map(|e| e.id()).collect();
        Ok(Customer {
            customer_type,
            profile,
            services: fields.string_set("services", Service::from_id, &service_ids)?,
            events: fields.string_set("events", Event::from_id, &event_ids)?,
        })
    }

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
