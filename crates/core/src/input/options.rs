//! The options objects of the exported functions.

use super::{clip, Fields, Value};
use crate::catalog::Catalog;
use crate::customer::Customer;
use crate::l10n::Locale;
use manetti_privacy_model::date::Date;
use manetti_privacy_model::error::Error;
use manetti_privacy_model::Version;

/// Resolves an optional locale tag to a catalog locale (absent: the authoritative one).
pub fn locale(catalog: &Catalog, path: &str, tag: Option<&str>) -> Result<Locale, Error> {
    match tag {
        Some(tag) if tag.len() > 64 => Err(Error::new(format!(
            "{path}: {} is not a valid language tag (longer than 64 characters)",
            manetti_privacy_model::error::quote(&clip(tag))
        ))),
        Some(tag) => catalog.negotiate(path, tag),
        None => Ok(Locale::AUTHORITATIVE),
    }
}

/// An optional version id, as the catalog's version.
pub fn version<'c>(
    catalog: &'c Catalog,
    path: &str,
    id: Option<&str>,
) -> Result<Option<&'c Version>, Error> {
    id.map(|id| catalog.version(path, &clip(id))).transpose()
}

/// `mountPolicy(element, { locale, version })`.
#[derive(Debug, Clone, PartialEq)]
pub struct PolicyOptions<'c> {
    pub locale: Locale,
    pub version: Option<&'c Version>,
    pub compare: Option<&'c Version>,
}

impl<'c> PolicyOptions<'c> {
    pub fn parse(catalog: &'c Catalog, value: &Value) -> Result<PolicyOptions<'c>, Error> {
        let fields = Fields::of("options", value, &["locale", "version", "compare"])?;
        Ok(PolicyOptions {
            locale: locale(catalog, &fields.path_of("locale"), fields.string("locale")?)?,
            version: version(
                catalog,
                &fields.path_of("version"),
                fields.string("version")?,
            )?,
            compare: version(
                catalog,
                &fields.path_of("compare"),
                fields.string("compare")?,
            )?,
        })
    }
}

/// An optional date (`now`): exactly `YYYY-MM-DD`, and a real day.
fn date(fields: &Fields, key: &str) -> Result<Option<Date>, Error> {
    fields
        .string(key)?
        .map(|text| exact_date(&fields.path_of(key), text))
        .transpose()
}

/// Exactly `YYYY-MM-DD`, a day that exists: no time, no zone, nothing after it.
pub fn exact_date(path: &str, text: &str) -> Result<Date, Error> {
    if text.len() != 10 {
        return Err(Error::new(format!(
            "{path}: {} is not an ISO date; expected YYYY-MM-DD",
            manetti_privacy_model::error::quote(&clip(text))
        )));
    }
    Date::parse(path, text)
}

/// Checks that an option is absent or a function (the edge reads the function itself).
fn function(fields: &Fields, key: &str) -> Result<(), Error> {
    match fields.get(key) {
        None => Ok(()),
        Some(Value::Other(kind)) if kind == "function" => Ok(()),
        Some(other) => Err(Error::new(format!(
            "{}: expected a function, got {}",
            fields.path_of(key),
            other.kind()
        ))),
    }
}

/// The callbacks a banner takes.
pub const BANNER_CALLBACKS: [&str; 4] = ["onAccept", "onLater", "onShown", "onComparisonOpened"];

/// An optional customer record.
fn customer(fields: &Fields, key: &str) -> Result<Option<Customer>, Error> {
    fields
        .get(key)
        .map(|value| Customer::parse(&fields.path_of(key), value))
        .transpose()
}

/// `changesSince(acceptedVersion, locale, { now?, customer? })`.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangesOptions {
    pub now: Option<Date>,
    pub customer: Option<Customer>,
}

impl ChangesOptions {
    pub fn parse(value: &Value) -> Result<ChangesOptions, Error> {
        let fields = Fields::of("options", value, &["now", "customer"])?;
        Ok(ChangesOptions {
            now: date(&fields, "now")?,
            customer: customer(&fields, "customer")?,
        })
    }
}

/// `mountBanner(element, { locale, acceptedVersion, now?, customer?, onAccept?, onLater?,
/// onShown?, onComparisonOpened?, policyUrl? })`.
#[derive(Debug, Clone, PartialEq)]
pub struct BannerOptions<'c> {
    pub locale: Locale,
    pub accepted_version: Option<&'c Version>,
    pub now: Option<Date>,
    pub customer: Option<Customer>,
    /// Where the policy can be read (a link for a customer who never accepted); may be empty.
    pub policy_url: String,
}

impl<'c> BannerOptions<'c> {
    pub fn parse(catalog: &'c Catalog, value: &Value) -> Result<BannerOptions<'c>, Error> {
        let fields = Fields::of(
            "options",
            value,
            &[
                "locale",
                "acceptedVersion",
                "now",
                "customer",
                "onAccept",
                "onLater",
                "onShown",
                "onComparisonOpened",
                "policyUrl",
            ],
        )?;
        for key in BANNER_CALLBACKS {
            function(&fields, key)?;
        }
        Ok(BannerOptions {
            locale: locale(catalog, &fields.path_of("locale"), fields.string("locale")?)?,
            accepted_version: version(
                catalog,
                &fields.path_of("acceptedVersion"),
                fields.string("acceptedVersion")?,
            )?,
            now: date(&fields, "now")?,
            customer: customer(&fields, "customer")?,
            policy_url: fields.string("policyUrl")?.unwrap_or("").to_string(),
        })
    }
}

/// `mountYourData(element, { locale, customer, acceptedVersion?, now?, policyUrl? })`.
#[derive(Debug, Clone, PartialEq)]
pub struct YourDataOptions<'c> {
    pub locale: Locale,
    pub customer: Customer,
    pub accepted_version: Option<&'c Version>,
    pub now: Option<Date>,
    /// Where the policy page lives; section links go to its anchors. Default: this page.
    pub policy_url: String,
}

impl<'c> YourDataOptions<'c> {
    pub fn parse(catalog: &'c Catalog, value: &Value) -> Result<YourDataOptions<'c>, Error> {
        let fields = Fields::of(
            "options",
            value,
            &["locale", "customer", "acceptedVersion", "now", "policyUrl"],
        )?;
        let customer = customer(&fields, "customer")?
            .ok_or_else(|| Error::new("options.customer: required; expected a customer record"))?;
        Ok(YourDataOptions {
            locale: locale(catalog, &fields.path_of("locale"), fields.string("locale")?)?,
            customer,
            accepted_version: version(
                catalog,
                &fields.path_of("acceptedVersion"),
                fields.string("acceptedVersion")?,
            )?,
            now: date(&fields, "now")?,
            policy_url: fields.string("policyUrl")?.unwrap_or("").to_string(),
        })
    }
}

/// The options of `yourData(customer, locale, { acceptedVersion?, now? })`.
pub fn your_data_extra<'c>(
    catalog: &'c Catalog,
    value: &Value,
) -> Result<(Option<&'c Version>, Option<Date>), Error> {
    let fields = Fields::of("options", value, &["acceptedVersion", "now"])?;
    Ok((
        version(
            catalog,
            &fields.path_of("acceptedVersion"),
            fields.string("acceptedVersion")?,
        )?,
        date(&fields, "now")?,
    ))
}
