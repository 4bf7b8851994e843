// Test-side readers of CSV (RFC 4180), iCalendar content lines (RFC 5545) and XML (Qt's stream
// reader), to check what the exporters wrote.
#include "tests/cli/export_readers.h"

#include <QXmlStreamReader>

namespace yeonpyo::cli::testing {

std::optional<CsvRows> readCsv(std::string_view text) {
    if (text.starts_with("\xEF\xBB\xBF"))
        text.remove_prefix(3);
    CsvRows rows(1);
    std::string field;
    bool quoted = false;
    bool afterQuote = false;  // a closing quote: only a separator or a record end may follow
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c != '"') {
                field += c;
            } else if (i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else {
                quoted = false;
                afterQuote = true;
            }
            continue;
        }
        if (c == ',' || c == '\n' || c == '\r') {
            if (c == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))
                return std::nullopt;
            if (c == '\r')
                continue;
            rows.back().push_back(std::move(field));
            field.clear();
            afterQuote = false;
            if (c == '\n')
                rows.emplace_back();
            continue;
        }
        if (afterQuote || (c == '"' && !field.empty()))
            return std::nullopt;
        if (c == '"')
            quoted = true;
        else
            field += c;
    }
    if (quoted)
        return std::nullopt;
    if (!field.empty() || afterQuote)
        rows.back().push_back(std::move(field));
    if (rows.back().empty())
        rows.pop_back();
    return rows;
}

std::vector<std::string> unfoldIcs(std::string_view text) {
    std::vector<std::string> lines;
    while (!text.empty()) {
        std::size_t end = text.find("\r\n");
        const std::string_view line = text.substr(0, end);
        if ((line.starts_with(' ') || line.starts_with('\t')) && !lines.empty())
            lines.back() += line.substr(1);
        else
            lines.emplace_back(line);
        text = end == std::string_view::npos ? std::string_view() : text.substr(end + 2);
    }
    return lines;
}

std::vector<std::string> icsTextValues(const std::vector<std::string>& lines,
                                       std::string_view name) {
    std::vector<std::string> values;
    for (const std::string& line : lines) {
        const std::size_t colon = line.find(':');
        const std::string_view head = std::string_view(line).substr(0, colon);
        if (colon == std::string::npos || head.substr(0, head.find(';')) != name)
            continue;
        std::string value;
        for (std::size_t i = colon + 1; i < line.size(); ++i) {
            if (line[i] != '\\' || i + 1 == line.size()) {
                value += line[i];
                continue;
            }
            const char next = line[++i];
            value += next == 'n' || next == 'N' ? '\n' : next;
        }
        values.push_back(std::move(value));
    }
    return values;
}

XmlContent readXml(std::string_view xml, std::string_view textOf) {
    XmlContent content;
    QXmlStreamReader reader(QByteArray(xml.data(), static_cast<qsizetype>(xml.size())));
    int insideWanted = 0;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
            case QXmlStreamReader::StartElement: {
                const std::string name = reader.name().toString().toStdString();
                content.elementNames.push_back(name);
                if (name == textOf && insideWanted++ == 0)
                    content.texts.emplace_back();
                break;
            }
            case QXmlStreamReader::EndElement:
                if (reader.name().toString().toStdString() == textOf)
                    --insideWanted;
                break;
            case QXmlStreamReader::Characters:
                if (insideWanted > 0)
                    content.texts.back() += reader.text().toString().toStdString();
                break;
            default:
                break;
        }
    }
    content.wellFormed = !reader.hasError();
    content.error = reader.errorString().toStdString();
    return content;
}

}  // namespace yeonpyo::cli::testing
