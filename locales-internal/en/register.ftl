### The record of processing activities (GDPR Article 30): internal only, so not in the
### module. static-pages and the native tests read this file themselves (src/register).

## Register of processing activities (GDPR Article 30), internal

register-heading = Record of processing activities (GDPR Article 30)
# Variables:
#   $version (String) - id of the policy version the register is built from
register-intro = Built from the privacy policy of version { $version }. Facts the policy does not state are marked as such; inferred facts give their reason; what only { -company-name } can supply is marked "to be supplied".
register-to-be-supplied = To be supplied
register-controller-heading = Controller
register-controller-trade-name = Trade name
register-controller-website = Website
register-controller-contact-route = Contact route
register-controller-legal-entity = Legal entity
register-controller-postal-address = Postal address
register-controller-kvk-number = Chamber of Commerce (KvK) number
register-controller-privacy-email = Privacy e-mail address
register-controller-dpo = Data protection officer
register-activities-heading = Processing activities
register-col-activity = Activity
register-col-purposes = Purposes per data category
register-col-subjects = Data subjects
register-col-categories = Data categories
register-col-recipients = Recipients
register-col-transfers = Transfers outside the EEA
register-col-retention = Retention
register-col-basis = Legal basis
# Variables:
#   $recipient (String) - name of the recipient
#   $basis (String) - the legal basis of the transfer
register-transfer-us = { $recipient }: United States; { $basis }
# Variables:
#   $recipient (String) - name of the recipient
register-transfer-not-stated = { $recipient }: location not stated in the policy
register-no-named-recipient = No recipient named in the policy
# Variables:
#   $provenance (String) - how the fact is known
#   $message (String) - id of the policy text that states it
register-stated-in = { $provenance } ({ $message })

list-all = The policy lists all items
list-at-least = The policy lists these at least
provenance-stated = Stated in the policy
provenance-inferred = Inferred, not stated in the policy
provenance-not-stated = Not stated in the policy
reason-contract-account = Needed to create and run the customer's account
reason-contract-service = Needed to deliver the service the customer ordered
reason-contract-quote = A step the prospect asked for before a contract
reason-contract-service-emails = Needed to inform the customer about the service they use
controller-trade-name = { -company-name }
controller-website = www.manetti.online
controller-contact-route = The contact form on www.manetti.online
