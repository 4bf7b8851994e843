// Reads a yeonpyo.events/1 document of any size with nlohmann-json's SAX interface: each article
// and event is built alone, read with the whole-file reader's rules and handed on in batches.
#include <array>
#include <iterator>

#include "core/io/import.h"
#include "core/io/import_streams_p.h"
#include "core/io/json_keys_p.h"
#include "core/io/json_records_p.h"

namespace yeonpyo::io {
namespace {

constexpr int kMaxNesting = 32;
constexpr std::size_t kEventsPerPart = 2000;
constexpr auto kUnknownSize = static_cast<std::size_t>(-1);

/// Buffered bytes of a stream that knows the line and byte it has reached.
class CountingReader {
public:
    explicit CountingReader(std::istream& in) : in_(in) { fill(); }

    bool atEnd() const { return position_ == length_; }
    char current() const { return buffer_[position_]; }
    void advance() {
        if (buffer_[position_] == '\n')
            ++line_;
        ++bytesRead_;
        if (++position_ == length_)
            fill();
    }
    std::int64_t line() const { return line_; }
    std::uint64_t bytesRead() const { return bytesRead_; }

private:
    void fill() {
        in_.read(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
        length_ = static_cast<std::size_t>(in_.gcount());
        position_ = 0;
    }

    std::istream& in_;
    std::array<char, 1 << 16> buffer_{};
    std::size_t position_ = 0;
    std::size_t length_ = 0;
    std::int64_t line_ = 1;
    std::uint64_t bytesRead_ = 0;
};

/// An input iterator over a CountingReader, for nlohmann-json's iterator input (the end
/// iterator has no reader).
class CountingIterator {
public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = char;

    explicit CountingIterator(CountingReader* reader = nullptr) : reader_(reader) {}
    char operator*() const { return reader_->current(); }
    CountingIterator& operator++() {
        reader_->advance();
        return *this;
    }
    bool operator==(const CountingIterator& other) const { return atEnd() == other.atEnd(); }

private:
    bool atEnd() const { return reader_ == nullptr || reader_->atEnd(); }
    CountingReader* reader_;
};

/// The SAX handler: tracks where it is in the document; inside one element of `articles` or
/// `events` it builds that element's JSON, reads it when it ends and passes full batches on.
class DocumentHandler : public nlohmann::json_sax<Json> {
public:
    DocumentHandler(const CountingReader& reader, const ImportOptions& options,
                    const ImportPartSink& sink)
        : reader_(reader), options_(options), sink_(sink) {}

    bool null() override { return element_ ? element_->null() : value(true); }
    bool boolean(bool value) override {
        return element_ ? element_->boolean(value) : this->value(false);
    }
    bool number_integer(number_integer_t value) override {
        return element_ ? element_->number_integer(value) : this->value(false);
    }
    bool number_unsigned(number_unsigned_t value) override {
        return element_ ? element_->number_unsigned(value) : this->value(false);
    }
    bool number_float(number_float_t value, const string_t& text) override {
        return element_ ? element_->number_float(value, text) : this->value(false);
    }
    bool string(string_t& value) override {
        if (element_)
            return element_->string(value);
        if (depth_ == 1 && key_ == key::kSchema)
            schema_ = value;
        return this->value(false);
    }
    bool binary(binary_t&) override { return true; }
    bool key(string_t& name) override {
        if (element_)
            return element_->key(name);
        if (depth_ == 1)
            key_ = name;
        return true;
    }
    bool start_object(std::size_t) override { return open(true); }
    bool end_object() override { return close(true); }
    bool start_array(std::size_t) override { return open(false); }
    bool end_array() override { return close(false); }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
        if (!error_)
            error_ = Error{"The JSON is not valid at line " + std::to_string(reader_.line()) + "."};
        return false;
    }

    /// Hands on what is left and checks what the whole document must have had.
    Status finish() {
        if (error_)
            return *error_;
        if (schema_.empty())
            return Error{"The key (top).schema is missing."};
        if (schema_ != key::kSchemaName)
            return Error{"The file's schema is \"" + schema_ + "\", not " + key::kSchemaName + "."};
        if (!sawEvents_)
            return Error{"The key (top).events is missing."};
        return flush();
    }
    const std::optional<Error>& error() const { return error_; }

private:
    enum class Section { None, Articles, Events };

    /// A scalar outside any element: fine as the value of another key, wrong elsewhere.
    bool value(bool isNull) {
        if (depth_ == 0)
            return fail("The file must hold one JSON object.");
        if (depth_ == 1 && (key_ == key::kArticles || key_ == key::kEvents) && !isNull)
            return fail("The value (top)." + key_ + " must be an array.");
        if (depth_ == 2 && section_ != Section::None)
            return fail("The value " + elementPath() + " must be an object.");
        return true;
    }

    bool open(bool object) {
        if (++depth_ > kMaxNesting)
            return fail("The JSON is nested too deeply to be a Yeonpyo events file.");
        if (element_)
            return object ? element_->start_object(kUnknownSize)
                          : element_->start_array(kUnknownSize);
        if (depth_ == 1 && !object)
            return fail("The file must hold one JSON object.");
        if (depth_ == 2)
            return openSection(object);
        if (depth_ == 3 && section_ != Section::None) {
            if (!object)
                return fail("The value " + elementPath() + " must be an object.");
            elementLine_ = reader_.line();
            elementJson_ = Json();
            element_.emplace(elementJson_, false);
            return element_->start_object(kUnknownSize);
        }
        return true;
    }

    bool openSection(bool object) {
        section_ = Section::None;
        if (key_ != key::kArticles && key_ != key::kEvents)
            return true;
        if (object)
            return fail("The value (top)." + key_ + " must be an array.");
        index_ = 0;
        section_ = key_ == key::kArticles ? Section::Articles : Section::Events;
        if (section_ == Section::Events) {
            sawEvents_ = true;
            return flushOrFail();  // articles go first, so that events may quote them
        }
        return true;
    }

    bool close(bool object) {
        --depth_;
        if (!element_) {
            if (depth_ == 1)
                section_ = Section::None;
            return true;
        }
        const bool closed = object ? element_->end_object() : element_->end_array();
        if (depth_ != 2)
            return closed;
        element_.reset();
        return readElement();
    }

    bool readElement() {
        std::optional<Error> error;
        const std::string path = elementPath();
        if (section_ == Section::Articles) {
            part_.timeline.articles.push_back(readArticle(elementJson_, path, error));
        } else {
            part_.timeline.events.push_back(readEvent(elementJson_, path, options_, error));
        }
        ++index_;
        if (error)
            return fail(error->message, elementLine_);
        if (part_.timeline.events.size() >= kEventsPerPart)
            return flushOrFail();
        return true;
    }

    Status flush() {
        if (part_.timeline.articles.empty() && part_.timeline.events.empty())
            return success();
        part_.bytesRead = reader_.bytesRead();
        const std::int64_t line = part_.line;
        Status handed = sink_(std::move(part_));
        part_ = {};
        part_.line = reader_.line();
        if (!handed)
            return Error{"line " + std::to_string(line) + ": " + handed.error().message};
        return success();
    }

    bool flushOrFail() {
        if (auto handed = flush(); !handed) {
            error_ = handed.error();
            return false;
        }
        return true;
    }

    std::string elementPath() const {
        return std::string(section_ == Section::Articles ? key::kArticles : key::kEvents) + "[" +
               std::to_string(index_) + "]";
    }

    bool fail(const std::string& sentence, std::int64_t line = 0) {
        if (!error_) {
            error_ = Error{"line " + std::to_string(line == 0 ? reader_.line() : line) + ": " +
                           sentence};
        }
        return false;
    }

    const CountingReader& reader_;
    const ImportOptions& options_;
    const ImportPartSink& sink_;
    int depth_ = 0;
    std::string key_;
    std::string schema_;
    Section section_ = Section::None;
    bool sawEvents_ = false;
    std::size_t index_ = 0;
    std::optional<nlohmann::detail::json_sax_dom_parser<Json>> element_;
    Json elementJson_;
    std::int64_t elementLine_ = 0;
    ImportPart part_{{}, false, 1, 0};
    std::optional<Error> error_;
};

}  // namespace

Status streamJson(std::istream& in, const ImportOptions& options, const ImportPartSink& sink) {
    CountingReader reader(in);
    if (reader.atEnd())
        return Error{"The file is empty."};
    DocumentHandler handler(reader, options, sink);
    try {
        Json::sax_parse(CountingIterator(&reader), CountingIterator(), &handler);
    } catch (const Json::exception&) {
        return handler.error() ? *handler.error() : Error{"The JSON cannot be read."};
    }
    return handler.finish();
}

}  // namespace yeonpyo::io
