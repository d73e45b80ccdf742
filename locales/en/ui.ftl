### The parts around the policy text: policy page, banner and “Your data”.

## Policy page

page-language-nav =
    .aria-label = Language
page-language-nl = Nederlands
page-language-en = English
page-toc-heading = Contents
page-translation-note = This is a translation. The Dutch text of this policy is the authoritative one.
# Variables:
#   $date (String) - publication date, written out
page-version = Version of { $date }
# Variables:
#   $date (String) - effective date, written out
page-effective-since = In effect since { $date }
# Variables:
#   $date (String) - effective date, written out
page-effective-from = In effect from { $date }
page-history-heading = Version history
# Variables:
#   $published (String) - publication date, written out
#   $effective (String) - effective date, written out
page-history-entry = Version of { $published } (in effect from { $effective })
page-history-in-effect = In effect now

## Changes in plain words

# Variables:
#   $section (String) - title of the policy section
#   $categories (String) - names of data categories, comma-separated
changes-activity-added = In “{ $section }”, new processing of: { $categories }
# Variables:
#   $section (String) - title of the policy section
#   $categories (String) - names of data categories, comma-separated
changes-activity-removed = In “{ $section }”, processing ends for: { $categories }
# Variables:
#   $recipient (String) - name of the recipient
#   $categories (String) - names of data categories, comma-separated
#   $section (String) - title of the policy section
changes-recipient-added = New recipient in “{ $section }”: { $recipient }. Data: { $categories }
# Variables:
#   $recipient (String) - name of the recipient
#   $categories (String) - names of data categories, comma-separated
#   $section (String) - title of the policy section
changes-recipient-removed = No longer a recipient in “{ $section }”: { $recipient }. Data: { $categories }
# Variables:
#   $items (String) - names of data categories, comma-separated
#   $section (String) - title of the policy section
changes-categories-added = In “{ $section }”, we now also process: { $items }
# Variables:
#   $items (String) - names of data categories, comma-separated
#   $section (String) - title of the policy section
changes-categories-removed = In “{ $section }”, we no longer process: { $items }
# Variables:
#   $items (String) - purposes, comma-separated
#   $section (String) - title of the policy section
changes-purposes-added = New purpose in “{ $section }”: { $items }
# Variables:
#   $items (String) - purposes, comma-separated
#   $section (String) - title of the policy section
changes-purposes-removed = Purpose removed in “{ $section }”: { $items }
# Variables:
#   $section (String) - title of the policy section
#   $from (String) - the old retention
#   $to (String) - the new retention
changes-retention-changed = New retention period in “{ $section }”: { $to }. Previously: { $from }
# Variables:
#   $recipients (String) - names of recipients, comma-separated
#   $country (String) - where the data may go, from transfer-country-…
#   $basis (String) - what permits the transfer (GDPR chapter V), not a legal basis of art. 6
changes-transfers-added = Now described in the policy: { $recipients } may pass data on to { $country }, outside the European Economic Area (EEA). Permitted under: { $basis }
# Variables:
#   $recipients (String) - the one recipient
#   $country (String) - where the data may go, from transfer-country-…
#   $basis (String) - what permits the transfer (GDPR chapter V), not a legal basis of art. 6
changes-transfers-added-one = Now described in the policy: { $recipients } may pass data on to { $country }, outside the European Economic Area (EEA). Permitted under: { $basis }
# Variables:
#   $recipient (String) - name of the recipient
changes-transfer-removed = Data no longer goes outside the European Economic Area (EEA) to: { $recipient }
# Variables:
#   $title (String) - title of the new section
changes-section-added = New section in the policy: “{ $title }”
# Variables:
#   $title (String) - title of the removed section
changes-section-removed = Section removed: “{ $title }”
changes-affects-you = For you:
# Variables:
#   $old (String) - the old title
#   $title (String) - the new title
changes-section-renamed = Section renamed: “{ $old }” is now “{ $title }”
# Variables:
#   $title (String) - title of the section
changes-section-moved = Section moved: “{ $title }”

## Comparison

# Variables:
#   $from (String) - publication date of the older version, written out
#   $to (String) - publication date of the newer version, written out
compare-heading = What changes between the version of { $from } and the version of { $to }
compare-structure-heading = What the policy now says about your data
compare-structure-none = Nothing changes in which data we process, why, whom we share it with or how long we keep it.
compare-notes-heading = Notes on the changes
compare-note-material = Important
compare-note-editorial = Wording and layout
compare-text-heading = Changes to the text
compare-text-none = The text has not changed.
compare-inserted = added:{" "}
compare-deleted = removed:{" "}
# Variables:
#   $section (String) - the section heading as printed
compare-paragraph-changed = Changed in { $section }
# Variables:
#   $section (String) - the section heading as printed
compare-paragraph-added = New in { $section }
# Variables:
#   $section (String) - the section heading as printed
compare-paragraph-removed = Removed from { $section }

## Banner

# Variables:
#   $date (String) - effective date of the new version, written out
banner-headline-upcoming = Our privacy policy changes on { $date }.
# Variables:
#   $date (String) - effective date of the new version, written out
banner-headline-changed = Our privacy policy changed on { $date }.
# Variables:
#   $date (String) - publication date of the policy, written out
banner-headline-first = Please read our privacy policy, published on { $date }.
banner-summary-intro = What changes:
banner-compare-show = Show all changes
banner-compare-hide = Close
banner-accept-button = I’ve read this
banner-later-button = Later

## Policy page: comparing

# Variables:
#   $published (String) - publication date of the older version, written out
page-history-compare = Compare with the newest version
    .aria-label = Compare with the newest version: the version of { $published }
page-compare-close = Back to the full text

## Your data

your-data-heading = What our policy says about your data
# Variables:
#   $date (String) - publication date of the version in effect, written out
your-data-version = Under our privacy policy of { $date }, which is in effect now.
your-data-business-note = The GDPR protects the data of people. If you are a sole trader or a partnership (such as a vof), it covers the data about you and your business; it also covers the data of your contact persons and directors. Data about a legal person, such as a private limited company, is not in itself covered by the GDPR; data that says something about a person within that company is.
your-data-held-heading = Data the policy says we hold about you
your-data-held-none = The policy names no data that applies to you.
your-data-deleted-heading = Data the policy says is deleted after use
your-data-deleted-note = The policy says these are deleted after use: once they have been used to restore access to your account.
your-data-purposes = Why
your-data-recipients = Who receives it
your-data-recipients-none = Not stated in the policy
your-data-retention = How long we keep it
your-data-sources = Where it comes from
your-data-sections = Where the policy says so
your-data-changes-heading = What changes for you
your-data-changes-heading-past = What has changed for you
# Variables:
#   $date (String) - effective date of the newest version, written out
your-data-changes-intro = Our privacy policy changes on { $date }.
# Variables:
#   $date (String) - effective date of the newest version, written out
your-data-changes-intro-past = Our privacy policy changed on { $date }.
your-data-download = Download (machine-readable, JSON)
    .title = What the policy says applies to you, as a file. It is not a copy of your data itself (GDPR Article 15(3)); ask us for that.
your-data-print = Print or save as PDF

# Variables:
#   $section (String) - title of the policy section
#   $categories (String) - names of data categories, comma-separated
changes-scope-changed = Changed in “{ $section }”: whom this applies to. Data: { $categories }
# Variables:
#   $section (String) - title of the policy section
changes-activity-added-no-categories = In “{ $section }”, new processing for which the policy names no data
# Variables:
#   $section (String) - title of the policy section
changes-activity-removed-no-categories = In “{ $section }”, processing ends for which the policy named no data

## Banner: saving the acceptance (harden)

banner-saving = Saving…
banner-save-failed = That could not be saved. Please try again.
banner-retry-button = Try again

## Your data: what the policy says, and how surely

your-data-possibly = The policy says: possibly
# Variables:
#   $items (String) - names of data categories, comma-separated
your-data-one-of = The policy says: this or { $items }
your-data-outside-eea = Possibly outside the EEA (United States, Data Privacy Framework)
your-data-recipient-possibly = possibly
your-data-recipients-other-uses = For its other uses: not stated in the policy

## Your data: the short answer first (GDPR art. 12(7))

your-data-summary-kinds-one = The policy names one kind of data that we hold, or may hold, about you.
# Variables:
#   $count (String) - how many kinds of data, in digits
your-data-summary-kinds = The policy names { $count } kinds of data that we hold, or may hold, about you.
# Variables:
#   $recipients (String) - names of organisations, comma-separated
your-data-summary-recipients = These organisations receive some of it: { $recipients }.
# Variables:
#   $retention (String) - the period, as the policy words it, starting in lower case
#   $items (String) - names of data categories, comma-separated, in lower case
your-data-summary-longest = The longest period the policy states: { $retention }, for your { $items }
# Variables:
#   $retention (String) - how long, as the policy words it, starting in lower case
your-data-summary-others = For your other data: { $retention }.
your-data-retention-rule = No longer than necessary for the purposes we process it for (the policy states no period)
your-data-retention-us = With us
your-data-unknown = not known in your account


## Banner: notice, link and confirmation (polish)

banner-strip = Privacy policy
banner-read-policy = Read the privacy policy
# Variables:
#   $date (String) - publication date of the version read, written out
banner-confirm-read = Thank you for reading our privacy policy, published on { $date }.
banner-confirm-later = All right. You can read the privacy policy later.
banner-confirm-dismiss = Close
compare-new-section = New
banner-summary-more-one = One more change is in the overview of all changes.
# Variables:
#   $count (String) - how many more changes, as a number
banner-summary-more = { $count } more changes are in the overview of all changes.

## The notice's first screen: what changes for this customer, in full sentences

notice-yours-intro = For you:
notice-everyone-intro = For every customer:
# Variables:
#   $organisations (String) - the organisations, as a list ("Google and Microsoft")
#   $country (String) - where the data may go, from transfer-country-…
notice-transfer = Your data may end up in { $country } through { $organisations }.
# Variables:
#   $organisations (String) - the organisations, as a list ("Google and Microsoft")
#   $country (String) - where the data may go, from transfer-country-…
notice-transfer-described = Now described, and already so: your data may end up in { $country } through { $organisations }.
# Variables:
#   $organisations (String) - the organisations, as a list
notice-transfer-removed = Your data no longer goes outside the European Economic Area through { $organisations }.
notice-corrections-one = We also corrected an untrue sentence in the policy.
# Variables:
#   $count (String) - how many sentences, as a number
notice-corrections = We also corrected { $count } untrue sentences in the policy.
notice-depends-on-services = What else changes depends on your services.
notice-news-emails = Do you get our e-mails with news and tips? You can always object to them.
notice-rights = The new policy lists your rights and how to use them.
# Variables:
#   $count (String) - how many sentences, as a number
#   $date (String) - effective date of the new version, written out
banner-headline-upcoming-corrected = We corrected { $count } untrue sentences in our privacy policy. The rest applies from { $date }.
# Variables:
#   $date (String) - effective date of the new version, written out
banner-headline-upcoming-corrected-one = We corrected an untrue sentence in our privacy policy. The rest applies from { $date }.
# Variables:
#   $rest (String) - every item but the last, comma-separated
#   $last (String) - the last item
list-and = { $rest } and { $last }

## The comparison: notes, wording and the text on demand

compare-editorial-heading = Wording and layout
# The words of a form of address, lower case: a paragraph whose changed words are all among
# them changed its wording only. English has one form.
compare-form-words = you your
# Variables:
#   $count (String) - how many paragraphs, as a number
compare-wording-only = { $count } paragraphs changed only in how they address you.
compare-wording-only-one = One paragraph changed only in how it addresses you.
# Variables:
#   $count (String) - how many paragraphs, as a number
compare-text-summary = Changes to the text ({ $count } paragraphs)

## Your data: said once, and where to go from here

your-data-not-stated-once = Where the policy does not say why, to whom or how long, we leave that line out.
your-data-link-rights = Your rights under the GDPR
your-data-link-access = Ask for access to, or a copy of, your data
your-data-link-authority = Complain to the { -authority-name }
your-data-authority-url = https://www.autoriteitpersoonsgegevens.nl/en

## Policy page: a newer version is published

# Variables:
#   $date (String) - publication date of the version in force, written out
#   $published (String) - publication date of the newer version that corrects it
your-data-version-corrected = According to our privacy policy of { $date }, which is in force now, with the corrections of { $published } (which apply already).
