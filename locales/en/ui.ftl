### The parts around the policy text: policy page, banner and "Your data".

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
