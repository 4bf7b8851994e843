// Typed access to the keys of one JSON object that remembers the first problem as a sentence
// naming the key's path ("events[2].start").
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>

#include "core/model/result.h"

namespace yeonpyo::io {

using Json = nlohmann::json;

class JsonFields {
public:
    enum class Need { Required, Optional };

    /// Reads keys of `object`, found at `path`; fails at once if it is not an object.
    JsonFields(const Json& object, std::string path);

    /// A string; "" when optional and missing or null.
    std::string text(const char* key, Need need = Need::Optional);
    /// An integer; 0 when optional and missing.
    std::int64_t integer(const char* key, Need need = Need::Optional);
    /// An integer or null.
    std::optional<std::int64_t> optionalInteger(const char* key);
    /// A number or null.
    std::optional<double> optionalNumber(const char* key);
    bool boolean(const char* key);
    /// An array (empty when optional and missing or null).
    const Json& array(const char* key, Need need = Need::Optional);
    /// A nested object, or null when optional and missing or null.
    const Json* object(const char* key, Need need = Need::Optional);

    bool has(const char* key) const;
    std::string pathOf(const char* key) const { return path_ + "." + key; }
    /// Records a problem with a key (only the first is kept).
    void fail(const char* key, const std::string& problem);
    const std::optional<Error>& error() const { return error_; }

private:
    /// The value at `key`, or null when it is missing or null (failing if required).
    const Json* find(const char* key, Need need);
    bool expect(bool condition, const char* key, const char* what);

    const Json& object_;
    std::string path_;
    std::optional<Error> error_;
};

}  // namespace yeonpyo::io
