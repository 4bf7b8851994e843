// A small RFC 4180 reader and field quoter.
#include "core/io/csv_p.h"

namespace yeonpyo::io {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

/// Reads CSV records one character at a time.
class CsvParser {
public:
    explicit CsvParser(std::string_view text) : text_(text) {
        if (text_.starts_with(kByteOrderMark))
            text_.remove_prefix(kByteOrderMark.size());
    }

    Result<std::vector<CsvRecord>> records() {
        std::vector<CsvRecord> records;
        while (at_ < text_.size()) {
            CsvRecord record;
            record.line = line_;
            if (auto status = readRecord(record.fields); !status)
                return status.error();
            records.push_back(std::move(record));
        }
        return records;
    }

private:
    Status readRecord(std::vector<std::string>& fields) {
        for (;;) {
            std::string field;
            if (auto status = readField(field); !status)
                return status;
            fields.push_back(std::move(field));
            if (at_ >= text_.size())
                return success();
            const char separator = text_[at_++];
            if (separator == ',')
                continue;
            if (separator == '\r' && at_ < text_.size() && text_[at_] == '\n')
                ++at_;
            ++line_;
            return success();
        }
    }

    Status readField(std::string& field) {
        if (at_ < text_.size() && text_[at_] == '"')
            return readQuotedField(field);
        while (at_ < text_.size() && !isSeparator(text_[at_]))
            field += text_[at_++];
        return success();
    }

    Status readQuotedField(std::string& field) {
        const int startLine = line_;
        ++at_;
        for (;;) {
            if (at_ >= text_.size()) {
                return Error{"Line " + std::to_string(startLine) +
                             ": a quoted field is not closed before the end of the file."};
            }
            const char c = text_[at_++];
            if (c == '"') {
                if (at_ < text_.size() && text_[at_] == '"') {
                    field += '"';
                    ++at_;
                    continue;
                }
                if (at_ < text_.size() && !isSeparator(text_[at_])) {
                    return Error{"Line " + std::to_string(line_) +
                                 ": text follows the closing quote of a field."};
                }
                return success();
            }
            if (c == '\n')
                ++line_;
            field += c;
        }
    }

    static bool isSeparator(char c) { return c == ',' || c == '\n' || c == '\r'; }

    std::string_view text_;
    std::size_t at_ = 0;
    int line_ = 1;
};

}  // namespace

Result<std::vector<CsvRecord>> parseCsv(std::string_view text) {
    return CsvParser(text).records();
}

std::string csvField(std::string_view value) {
    const bool padded = !value.empty() && (value.front() == ' ' || value.back() == ' ');
    if (!padded && value.find_first_of(",\"\r\n") == std::string_view::npos)
        return std::string(value);
    std::string quoted = "\"";
    for (char c : value) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

}  // namespace yeonpyo::io
