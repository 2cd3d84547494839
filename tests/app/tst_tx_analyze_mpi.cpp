// tx-analyze-mpi under mpirun: the trajectory files shared out over ranks give the numbers of
// one tx-analyze process, bad input is reported once with file:line by every rank count, and
// the split of files over ranks is balanced and depends only on the files.
#include "app/mpi/DistributedSums.h"
#include "tests/support/SyntheticTrajectory.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

using namespace tx;
namespace fs = std::filesystem;

namespace {

struct Run {
    int code;
    QString out, err;
};

// OpenMPI refuses root and counts one slot per core unless told otherwise; CMA single-copy
// needs ptrace, which containers often forbid.
Run run(const QString& program, const QStringList& args) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("OMPI_ALLOW_RUN_AS_ROOT", "1");
    env.insert("OMPI_ALLOW_RUN_AS_ROOT_CONFIRM", "1");
    env.insert("OMPI_MCA_btl_vader_single_copy_mechanism", "none");
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(300'000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

Run mpirun(int ranks, QStringList args) {
    args.prepend(TX_ANALYZE_MPI);
    args = QStringList{"-np", QString::number(ranks), "--oversubscribe"} + args;
    return run(TX_MPIEXEC, args);
}

std::string readFile(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// summary.json without the two fields that say how the run was spread out.
nlohmann::json summaryNumbers(const fs::path& dir) {
    auto j = nlohmann::json::parse(readFile(dir / "summary.json"));
    j["parameters"].erase("threads");
    j["parameters"].erase("processes");
    return j;
}

std::vector<fs::path> filesUnder(const fs::path& dir) {
    std::vector<fs::path> files;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        if (e.is_regular_file())
            files.push_back(fs::relative(e.path(), dir));
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace

class TestTxAnalyzeMpi : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const char* name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void twoAndThreeRanksGiveTheNumbersOfOneProcess() {
        const QStringList common{QString(TX_SOURCE_DIR) + "/data/demo-ka",
                                 "--dt",
                                 "0.005",
                                 "--system",
                                 "ka",
                                 "--bootstrap",
                                 "50",
                                 "--quiet",
                                 "--out"};
        const Run one = run(TX_ANALYZE, common + QStringList{path("one")});
        QCOMPARE(one.code, 0);
        for (int ranks : {2, 3}) {
            const QString out = path(qPrintable(QString("ranks%1").arg(ranks)));
            const Run many = mpirun(ranks, common + QStringList{out});
            QVERIFY2(many.code == 0, qPrintable(many.err));
            const fs::path a = path("one").toStdString(), b = out.toStdString();
            QCOMPARE(filesUnder(b), filesUnder(a));
            for (const auto& f : filesUnder(a))
                if (f != "summary.json")
                    QVERIFY2(readFile(a / f) == readFile(b / f), f.c_str()); // byte for byte
            QCOMPARE(summaryNumbers(b), summaryNumbers(a));
            const auto summary = nlohmann::json::parse(readFile(b / "summary.json"));
            QCOMPARE(summary["parameters"]["processes"].get<int>(), ranks);
        }
    }

    void badInputIsReportedOnceWithFileAndLineAndNothingIsWritten() {
        const fs::path root = path("bad").toStdString();
        for (int seg = 0; seg < 3; ++seg) {
            test::BrownianSpec spec;
            spec.atoms = 200;
            spec.timesteps = {0, 10, 20, 40};
            spec.seed = std::uint64_t(seg + 1);
            const fs::path dir = root / "T1.0" / "r0";
            fs::create_directories(dir);
            test::writeLammpsDump((dir / ("seg" + std::to_string(seg) + ".lammpstrj")).string(),
                                  test::brownianFrames(spec), {});
        }
        const fs::path broken = root / "T1.0" / "r0" / "seg1.lammpstrj";
        std::string text = readFile(broken);
        text.resize(text.size() / 2);
        test::writeText(broken.string(), text);
        const Run r = mpirun(2, {QString::fromStdString(root.string()), "--q", "7.25", "--rc",
                                 "1.4", "--dt", "0.005", "--out", path("bad-out")});
        QCOMPARE(r.code, 1);
        const QString where = QString::fromStdString(broken.string()) + ":";
        QVERIFY2(r.err.count(where) == 1, qPrintable(r.err)); // rank 0 speaks, once
        QVERIFY2(r.err.contains("truncated"), qPrintable(r.err));
        QVERIFY(!fs::exists(path("bad-out").toStdString() + "/summary.json"));
    }

    void filesAreSharedOutBySize() {
        std::vector<core::TrajectoryJob> jobs;
        for (std::uint64_t bytes : {10, 40, 30, 20, 10, 10})
            jobs.push_back({0, 0, "f", std::nullopt, bytes});
        const auto owner = app::assignJobsToRanks(jobs, 2);
        std::uint64_t load[2] = {0, 0};
        for (std::size_t k = 0; k < jobs.size(); ++k)
            load[owner[std::size_t(k)]] += jobs[k].bytes;
        QCOMPARE(load[0], std::uint64_t(60)); // 40+10+10 against 30+20+10
        QCOMPARE(load[1], std::uint64_t(60));
        QCOMPARE(app::assignJobsToRanks(jobs, 2), owner); // a function of the sizes only
        QCOMPARE(app::assignJobsToRanks(jobs, 1), std::vector<int>(jobs.size(), 0));
    }
};

QTEST_GUILESS_MAIN(TestTxAnalyzeMpi)
#include "tst_tx_analyze_mpi.moc"
