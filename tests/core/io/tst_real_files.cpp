// Files that other programs wrote (issue "Real files from other programs"): Debian's LAMMPS
// (dump custom with every coordinate convention, gz and zstd, dump atom, dump xyz, an element
// column under a habitual name, triclinic and NPT runs), MDAnalysis (DCD, H5MD), ASE
// (extended XYZ) and HOOMD-blue's gsd library, made at test time by tests/writers/make_corpus.py.
// Each file is read by the production readers and correlated; F_s and the MSD must equal an
// independent numpy computation from LAMMPS's unwrapped dump, and the number of pairs closer
// than r_c in the first frame must equal numpy's brute-force count. A writer that is not
// installed is skipped with its reason; tools/install-deps.sh installs them all.
#include "core/correlate/Channels.h"
#include "core/correlate/EnsembleSums.h"
#include "core/io/InputError.h"
#include "core/io/TrajectoryFormats.h"
#include "tests/support/Correlate.h"

#include <QTemporaryDir>
#include <QtTest>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

using namespace tx;
using nlohmann::json;

class TestRealFiles : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    json m_corpus;
    std::string path(const std::string& name) const {
        return m_dir.filePath(QString::fromStdString(name)).toStdString();
    }

    // The coordinate conventions the corpus gives a file, and the corpus's q and r_c.
    static core::ReaderOptions readerOptionsOf(const json& f) {
        core::ReaderOptions options;
        options.dcdPositionsWrapped = !f["options"].value("dcd_unwrapped", false);
        options.h5mdPositionsWrapped = !f["options"].value("h5md_unwrapped", false);
        return options;
    }
    core::CorrelatorSettings correlatorSettings() const {
        core::CorrelatorSettings settings;
        settings.q = m_corpus["q"].get<double>();
        settings.cutoff = m_corpus["rc"].get<double>();
        return settings;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        if (std::system("/usr/bin/python3 -c 'import numpy' 2>/dev/null") != 0)
            QSKIP("/usr/bin/python3 with numpy is needed to write the corpus "
                  "(tools/install-deps.sh installs it)");
        // std::system, not QProcess: ThreadSanitizer's runtime cannot follow QProcess's clone.
        const std::string command = "cd '" TX_SOURCE_DIR "/tests/writers' && /usr/bin/python3 "
                                    "make_corpus.py '" +
                                    m_dir.path().toStdString() + "' 2>" + path("writers.log");
        QCOMPARE(std::system(command.c_str()), 0);
        std::ifstream in(path("corpus.json"));
        m_corpus = json::parse(in);
        for (const auto& s : m_corpus["skipped"])
            qWarning("writer not available, its files are not tested: %s (%s)",
                     s["writer"].get<std::string>().c_str(), s["why"].get<std::string>().c_str());
    }

    void everyFileMatchesTheIndependentReference_data() {
        QTest::addColumn<int>("index");
        if (m_corpus.is_null() || m_corpus["files"].empty())
            QSKIP("no file in the corpus: LAMMPS (lmp) is not installed");
        for (std::size_t k = 0; k < m_corpus["files"].size(); ++k) {
            const json& f = m_corpus["files"][k];
            QTest::newRow(
                (f["file"].get<std::string>() + ": " + f["writer"].get<std::string>()).c_str())
                << int(k);
        }
    }
    void everyFileMatchesTheIndependentReference() {
        QFETCH(int, index);
        const json& f = m_corpus["files"][std::size_t(index)];
        const json& ref = m_corpus["references"][f["reference"].get<std::string>()];
        const std::string file = path(f["file"].get<std::string>());
        // Most files: the reference to their precision. Wrapped NPT positions: within the
        // bound, per frame, by which jump unwrapping and LAMMPS's x + n L(t) can differ
        // (README, "NPT runs"; make_corpus.py computes it from the image flags and boxes).
        const bool bounded = f.contains("fs_bound");
        const double tolerance = f["tolerance"].get<double>();
        const core::ReaderOptions options = readerOptionsOf(f);
        const core::CorrelatorSettings settings = correlatorSettings();

        auto source = core::openTrajectory(file, options);
        core::Frame first;
        QVERIFY(source->next(first));
        const auto types = core::TypeSet::fromTypes(first.types);
        if (f["types_kept"].get<bool>()) { // species as numbers, names, floats or an enum
            std::vector<std::int64_t> counts(types.count(), 0);
            for (int t : first.types)
                ++counts[std::size_t(types.indexOf(t))];
            QCOMPARE(counts, ref["type_counts"].get<std::vector<std::int64_t>>());
        }
        auto again = core::openTrajectory(file, options);
        const auto sums = core::correlateTrajectory(*again, types, settings, std::nullopt);
        QCOMPARE(sums.size(), std::size_t(1));
        const core::SegmentSums& s = sums.front();
        QCOMPARE(s.frames, std::int64_t(ref["steps"].size()));
        // The pair count of the first frame (one origin): exact.
        QCOMPARE(s.origins, std::int64_t(1));
        QCOMPARE(s.pairsOverOrigins, ref["pairs"].get<std::int64_t>());
        QCOMPARE(again->metadata().units.length, f["units"][0].get<std::string>());
        QCOMPARE(again->metadata().units.time, f["units"][1].get<std::string>());

        const auto c = test::correlateFile(file, settings, 1.0, options);
        const auto fs = c.curve(core::ChannelId::SelfScattering);
        const auto msd = c.curve(core::ChannelId::SquaredDisplacement);
        QCOMPARE(fs.size(), ref["fs"].size());
        double worstFs = 0, worstMsd = 0;
        for (std::size_t k = 0; k < fs.size(); ++k) {
            if (f["steps_kept"].get<bool>())
                QCOMPARE(c.time[k], double(ref["steps"][k].get<std::int64_t>()));
            const double m = ref["msd"][k].get<double>();
            const double fsBound = tolerance + (bounded ? f["fs_bound"][k].get<double>() : 0.0);
            const double msdBound =
                tolerance * std::max(1.0, m) + (bounded ? f["msd_bound"][k].get<double>() : 0.0);
            worstFs = std::max(worstFs, std::abs(fs[k] - ref["fs"][k].get<double>()) / fsBound);
            worstMsd = std::max(worstMsd, std::abs(msd[k] - m) / msdBound);
        }
        QVERIFY2(worstFs < 1 && worstMsd < 1,
                 qPrintable(QString("largest difference from numpy as a fraction of its bound: "
                                    "F_s %1, MSD %2")
                                .arg(worstFs)
                                .arg(worstMsd)));
        if (bounded)
            qInfo("wrapped NPT: F_s and MSD reach %.0f %% and %.0f %% of their bounds",
                  100 * worstFs, 100 * worstMsd);
    }

    // Differential across formats and programs: every file of a run gives the same
    // correlators as LAMMPS's own unwrapped dump of that run, channel by channel (F_s, the
    // MSD, Q, F_+ and F_-, lag by lag), to the file's tolerance (1e-4: LAMMPS writes six
    // digits). Wrapped NPT positions are left out (their bound is per channel, above).
    void everyFileOfARunGivesTheSameCorrelators_data() {
        everyFileMatchesTheIndependentReference_data();
    }
    void everyFileOfARunGivesTheSameCorrelators() {
        QFETCH(int, index);
        const json& f = m_corpus["files"][std::size_t(index)];
        if (f.contains("fs_bound"))
            QSKIP("wrapped NPT positions: bounded differences, checked above");
        const std::map<std::string, std::string> lammpsDump = {{"ortho", "lmp_custom_xu.lammpstrj"},
                                                               {"tri", "lmp_tri_xu.lammpstrj"},
                                                               {"npt", "lmp_npt_xu.lammpstrj"}};
        const core::ReaderOptions options = readerOptionsOf(f);
        const core::CorrelatorSettings settings = correlatorSettings();
        const auto got =
            test::correlateFile(path(f["file"].get<std::string>()), settings, 1.0, options);
        const auto want = test::correlateFile(
            path(lammpsDump.at(f["reference"].get<std::string>())), settings, 1.0);
        const double tolerance = f["tolerance"].get<double>();
        using core::ChannelId;
        for (const ChannelId c : {ChannelId::SelfScattering, ChannelId::SquaredDisplacement,
                                  ChannelId::Overlap, ChannelId::PairPlus, ChannelId::PairMinus}) {
            const auto& a = got.curve(c);
            const auto& b = want.curve(c);
            QCOMPARE(a.size(), b.size());
            for (std::size_t k = 0; k < a.size(); ++k)
                QVERIFY2(std::abs(a[k] - b[k]) <= tolerance * std::max(1.0, std::abs(b[k])),
                         qPrintable(QString("%1 at lag %2: %3, LAMMPS's dump %4")
                                        .arg(QString::fromUtf8(core::channel(c).column.data(),
                                                               int(core::channel(c).column.size())))
                                        .arg(k)
                                        .arg(a[k], 0, 'g', 10)
                                        .arg(b[k], 0, 'g', 10)));
        }
    }

    void filesThatCannotBeAnalysedAreRefusedWithTheirReason() {
        if (m_corpus.is_null() || m_corpus["refused"].empty())
            QSKIP("no file in the corpus: LAMMPS (lmp) is not installed");
        for (const json& r : m_corpus["refused"]) {
            const std::string file = path(r["file"].get<std::string>());
            std::string message;
            try {
                test::readAllFrames(file);
            } catch (const core::InputError& e) {
                QCOMPARE(e.file(), file);
                message = e.what();
            }
            QVERIFY2(message.find(r["words"].get<std::string>()) != std::string::npos,
                     message.c_str());
        }
    }
};

QTEST_GUILESS_MAIN(TestRealFiles)
#include "tst_real_files.moc"
