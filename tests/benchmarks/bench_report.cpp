// bench_report: turns the JSON results that tests/benchmarks/compare.sh collected into a
// Markdown table and a PNG figure.
//
//   bench_report RESULTS_DIR OUTPUT.md OUTPUT.png
#include "ReportData.h"
#include "ReportPlot.h"
#include "ReportTable.h"

#include <QtCore/QFile>
#include <QtGui/QGuiApplication>

#include <cstdio>

using namespace greenroom::report;

int main(int argc, char *argv[])
{
    // Draws into an image only: no display needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments();
    if (args.size() != 4) {
        std::fputs("usage: bench_report RESULTS_DIR OUTPUT.md OUTPUT.png\n", stderr);
        return 2;
    }
    QString error;
    const QList<Run> runs = loadRuns(args[1], &error);
    if (runs.isEmpty()) {
        std::fprintf(stderr, "bench_report: %s\n",
                     qUtf8Printable(error.isEmpty() ? QStringLiteral("no results") : error));
        return 1;
    }
    QFile markdown(args[2]);
    if (!markdown.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        markdown.write(markdownReport(runs).toUtf8()) < 0) {
        std::fprintf(stderr, "bench_report: cannot write %s\n", qUtf8Printable(args[2]));
        return 1;
    }
    if (!plotReport(runs).save(args[3])) {
        std::fprintf(stderr, "bench_report: cannot write %s\n", qUtf8Printable(args[3]));
        return 1;
    }
    return 0;
}
