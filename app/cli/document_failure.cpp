// The integrity check behind blameDamagedDocument.
#include "app/cli/document_failure.h"

#include <string>

namespace yeonpyo::cli {

Error blameDamagedDocument(store::Document& document, Error failure) {
    const Status intact = document.checkIntegrity();
    if (intact)
        return failure;
    // SQLite's integrity report puts each problem on a line of its own; the CLI prints one line.
    std::string verdict;
    for (const char c : intact.error().message) {
        if (c == '\n')
            verdict += "; ";
        else
            verdict += c;
    }
    return Error{std::move(verdict)};
}

}  // namespace yeonpyo::cli
