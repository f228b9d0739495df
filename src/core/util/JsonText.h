#pragma once

#include <string>
#include <string_view>

// Appends `text` as a JSON string literal (quotes and escapes added).
// The text must be valid UTF-8, as everything that passed validation is.
void appendJsonString(std::string& out, std::string_view text);
