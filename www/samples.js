// Sample customer records for the demo control panel, in the record format of the contract.
export const SAMPLES = {
  "jan": {
    label: { nl: "Jan Jansen: particulier, domeinnaam en Office 365", en: "Jan Jansen: private, domain name and Office 365" },
    customer: {
      customerType: "private",
      profile: { firstName: "Jan", lastName: "Jansen", email: "jan@example.nl", phone: "+31 6 12345678",
        address: "Dorpsstraat 1, 1234 AB Ergens", billingAddress: null, gender: "man", companyName: null },
      services: ["domain", "mailbox-office365"],
      events: ["contacted-email", "visited-website"],
    },
  },
  "devries": {
    label: { nl: "Bakkerij De Vries B.V.: zakelijk, colocatie en betaald certificaat", en: "Bakkerij De Vries B.V.: business, colocation and paid certificate" },
    customer: {
      customerType: "business",
      profile: { firstName: "Anna", lastName: "de Vries", email: "anna@bakkerijdevries.example", phone: "+31 20 1234567",
        address: "Industrieweg 12, 5678 CD Elders", billingAddress: "Postbus 34, 5678 CD Elders", gender: null,
        companyName: "Bakkerij De Vries B.V." },
      services: ["colocation", "ssl-paid"],
      events: ["datacenter-visit", "quote"],
    },
  },
  "piet": {
    label: { nl: "Piet Pieters: factuur bij het incassobureau", en: "Piet Pieters: invoice with the collection agency" },
    customer: {
      customerType: "private",
      profile: { firstName: "Piet", lastName: "Pieters", email: "piet@example.nl", phone: null,
        address: "Kerkplein 3, 9012 EF Ergens", billingAddress: null, gender: null, companyName: null },
      services: ["mailbox-imap", "ssl-letsencrypt"],
      events: ["invoice-in-collection", "contacted-phone", "error-report"],
    },
  },
};
