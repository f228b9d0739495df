#pragma once

#include <string>
#include <vector>

// One problem with one field, e.g. {"pain.intensity", "must be an integer
// from 0 to 10, got 11"}. The path uses dots for objects and [n] for list
// entries; "record" stands for the record as a whole.
struct FieldError
{
    std::string path;
    std::string message;

    std::string toString() const { return path + ": " + message; }
    bool operator==(const FieldError& other) const
    {
        return path == other.path && message == other.message;
    }
};

using FieldErrors = std::vector<FieldError>;
