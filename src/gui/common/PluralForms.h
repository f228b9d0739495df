#pragma once

// The English forms of the counted texts (tr("%n minute(s)", nullptr, n)
// reads "1 minute", "3 minutes"): translations/clinic-intake_en.ts, built
// in as a resource. Installed once on the application, before any window;
// a translation for another language, when there is one, comes after it.
void installPluralForms();
