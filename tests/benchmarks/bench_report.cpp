// bench_report: turns the JSON results that tests/benchmarks/compare.sh collected into a
// Markdown table, the performance targets checked against them, and a PNG figure.
//
//   bench_report RESULTS_DIR OUTPUT.md OUTPUT.png [ENDURANCE_DIR]
//
// ENDURANCE_DIR holds longer runs of one size and format (compare.sh's BENCH_ENDURANCE), for
// the sustained-rate and memory targets.
#include "ReportData.h"
#include "ReportPlot.h"
#include "ReportTable.h"
#include "ReportTargets.h"

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
    if (args.size() != 4 && args.size() != 5) {
        std::fputs("usage: bench_report RESULTS_DIR OUTPUT.md OUTPUT.png [ENDURANCE_DIR]\n",
                   stderr);
        return 2;
    }
    QString error;
    const QList<Run> runs = loadRuns(args[1], &error);
    if (runs.isEmpty()) {
        std::fprintf(stderr, "bench_report: %s\n",
                     qUtf8Printable(error.isEmpty() ? QStringLiteral("no results") : error));
        return 1;
    }
    QList<Run> endurance;
    if (args.size() == 5) {
        endurance = loadRuns(args[4], &error);
        if (endurance.isEmpty()) {
            std::fprintf(
                stderr, "bench_report: %s\n",
                qUtf8Printable(error.isEmpty() ? QStringLiteral("no endurance results") : error));
            return 1;
        }
    }
    const QString report =
        markdownReport(runs) + QLatin1Char('\n') + targetsMarkdown(checkTargets(runs, endurance));
    QFile markdown(args[2]);
    if (!markdown.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        markdown.write(report.toUtf8()) < 0) {
        std::fprintf(stderr, "bench_report: cannot write %s\n", qUtf8Printable(args[2]));
        return 1;
    }
    if (!plotReport(runs).save(args[3])) {
        std::fprintf(stderr, "bench_report: cannot write %s\n", qUtf8Printable(args[3]));
        return 1;
    }
    return 0;
}
