// `yeonpyo-cli dates` (the candidate dates of a document's undated articles) and `yeonpyo-cli
// set-date` (date one article and resolve its events again, in place).
#include <QDate>

#include <cstdio>

#include "app/cli/command.h"
#include "app/cli/document_failure.h"
#include "app/cli/option_values.h"
#include "core/pipeline/date_candidates.h"
#include "core/pipeline/redate.h"
#include "core/store/document.h"

namespace yeonpyo::cli {
namespace {

temporal::CivilDate today() {
    const QDate date = QDate::currentDate();
    return {date.year(), date.month(), date.day()};
}

}  // namespace

int runDates(const QStringList& arguments) {
    CommandParser command("dates",
                          "List the articles whose date is not known, with candidate dates and "
                          "the reasons for them.");
    command.addDatabaseOption();
    int exitCode = kSuccess;
    QString db;
    if (!command.parse(arguments, exitCode) || !command.required("db", db, exitCode))
        return exitCode;
    auto document = store::Document::open(db.toStdString(), store::OpenMode::ReadOnly);
    if (!document)
        return fail(document.error().message);
    auto undated = pipeline::undatedArticles(*document);
    auto all = undated ? document->articles() : Result<std::vector<Article>>(undated.error());
    if (!all)
        return fail(blameDamagedDocument(*document, all.error()).message);
    if (undated->empty())
        std::fputs("yeonpyo-cli: every article of the document has a date.\n", stderr);
    for (const Article& listed : *undated) {
        auto article = document->article(listed.id);
        if (!article)
            return fail(blameDamagedDocument(*document, article.error()).message);
        std::printf("article %lld\t%s\n", static_cast<long long>(article->id),
                    article->title.empty() ? article->source.c_str() : article->title.c_str());
        for (const auto& candidate : pipeline::dateCandidates(*article, *all, today())) {
            std::printf("  %s\t%s\n", pipeline::candidateText(candidate).c_str(),
                        pipeline::candidateReason(candidate).c_str());
        }
    }
    return kSuccess;
}

int runSetDate(const QStringList& arguments) {
    CommandParser command("set-date",
                          "Set the date an article was written and resolve its events against "
                          "it again, keeping your edits.");
    command.addDatabaseOption();
    command.parser.addOption({"article", "The article's id (see 'dates').", "N"});
    command.parser.addPositionalArgument("DATE", "The article's date, YYYY-MM-DD.");
    int exitCode = kSuccess;
    QString db;
    QString articleText;
    if (!command.parse(arguments, exitCode) || !command.required("db", db, exitCode) ||
        !command.required("article", articleText, exitCode))
        return exitCode;
    bool idOk = false;
    const qlonglong articleId = articleText.toLongLong(&idOk);
    if (!idOk || articleId < 1)
        return usageError("set-date",
                          QStringLiteral("'%1' is not an article id.").arg(articleText));
    const QStringList positional = command.parser.positionalArguments();
    if (positional.size() != 1)
        return usageError("set-date", "give one DATE in the form YYYY-MM-DD.");
    const auto date = parseDate(positional.front());
    if (!date)
        return usageError(
            "set-date",
            QStringLiteral("'%1' is not a date in the form YYYY-MM-DD.").arg(positional.front()));

    auto document = store::Document::open(db.toStdString(), store::OpenMode::ReadWrite);
    if (!document)
        return fail(document.error().message);
    auto changes = pipeline::redateArticle(*document, articleId, *date);
    if (!changes)
        return fail(blameDamagedDocument(*document, changes.error()).message);
    auto count = document->eventCount();
    if (!count)
        return fail(count.error().message);
    std::printf(
        "article %lld dated %s: its events are resolved against it; %lld events in the "
        "timeline.\n",
        articleId, qPrintable(positional.front()), static_cast<long long>(*count));
    return kSuccess;
}

}  // namespace yeonpyo::cli
