//! Parsing of the customer record a control panel passes: every key and value checked,
//! nothing half-parsed. The types and the rules live in `crate::customer`.

use super::{clip, Fields, Value};
use crate::customer::{Customer, CustomerType, Event, Profile, Service};
use manetti_privacy_model::error::Error;

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
            Some(id) => CustomerType::from_id(id).ok_or_else(|| {
                Error::unknown_value(&type_path, &clip(id), type_ids.iter().copied())
            })?,
            None => {
                return Err(Error::new(format!(
                    "{type_path}: required; expected one of {}",
                    manetti_privacy_model::error::quoted_list(type_ids)
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
}
