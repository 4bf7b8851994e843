// Key-by-key reading of JSON objects with one-sentence errors.
#include "core/io/json_fields_p.h"

#include <cstdint>

namespace yeonpyo::io {
namespace {

const Json& emptyArray() {
    static const Json empty = Json::array();
    return empty;
}

bool isInt64(const Json& value) {
    if (value.is_number_unsigned()) {
        return value.get<std::uint64_t>() <= static_cast<std::uint64_t>(INT64_MAX);
    }
    return value.is_number_integer();
}

}  // namespace

JsonFields::JsonFields(const Json& object, std::string path)
    : object_(object), path_(std::move(path)) {
    if (!object_.is_object())
        error_ = Error{"The value " + path_ + " must be an object."};
}

bool JsonFields::has(const char* key) const {
    return object_.is_object() && object_.contains(key);
}

void JsonFields::fail(const char* key, const std::string& problem) {
    if (!error_)
        error_ = Error{"The key " + pathOf(key) + " " + problem};
}

const Json* JsonFields::find(const char* key, Need need) {
    if (error_)
        return nullptr;
    const auto found = object_.find(key);
    if (found == object_.end() || found->is_null()) {
        if (need == Need::Required)
            fail(key, "is missing.");
        return nullptr;
    }
    return &*found;
}

bool JsonFields::expect(bool condition, const char* key, const char* what) {
    if (!condition)
        fail(key, std::string("must be ") + what + ".");
    return condition;
}

std::string JsonFields::text(const char* key, Need need) {
    const Json* value = find(key, need);
    if (value == nullptr || !expect(value->is_string(), key, "a string"))
        return {};
    return value->get<std::string>();
}

std::int64_t JsonFields::integer(const char* key, Need need) {
    const Json* value = find(key, need);
    if (value == nullptr || !expect(isInt64(*value), key, "a whole number"))
        return 0;
    return value->get<std::int64_t>();
}

std::optional<std::int64_t> JsonFields::optionalInteger(const char* key) {
    const Json* value = find(key, Need::Optional);
    if (value == nullptr || !expect(isInt64(*value), key, "a whole number"))
        return std::nullopt;
    return value->get<std::int64_t>();
}

std::optional<double> JsonFields::optionalNumber(const char* key) {
    const Json* value = find(key, Need::Optional);
    if (value == nullptr || !expect(value->is_number(), key, "a number"))
        return std::nullopt;
    return value->get<double>();
}

bool JsonFields::boolean(const char* key) {
    const Json* value = find(key, Need::Optional);
    return value != nullptr && expect(value->is_boolean(), key, "true or false") &&
           value->get<bool>();
}

const Json& JsonFields::array(const char* key, Need need) {
    const Json* value = find(key, need);
    if (value == nullptr || !expect(value->is_array(), key, "an array"))
        return emptyArray();
    return *value;
}

const Json* JsonFields::object(const char* key, Need need) {
    const Json* value = find(key, need);
    if (value == nullptr || !expect(value->is_object(), key, "an object"))
        return nullptr;
    return value;
}

}  // namespace yeonpyo::io
