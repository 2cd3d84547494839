// Reader round trips: every LAMMPS column convention, triclinic boxes, gzip, extended XYZ,
// columns and atoms in any order.
#include "core/correlate/EnsembleSums.h"
#include "core/io/DcdReader.h"
#include "core/io/LineReader.h"
#include "core/io/TrajectoryFormats.h"
#include "core/model/Units.h"
#include "core/structure/EnsembleStructure.h"
#include "tests/support/Correlate.h"
#include "tests/support/H5mdWriter.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <cstdlib>
#include <filesystem>
#include <fstream>

using namespace tx;
using test::DumpColumns;

class TestReaders : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList m_missingTools; // compressors initTestCase did not find
    std::string path(const char* name) const { return m_dir.filePath(name).toStdString(); }

    // Atoms that travel several box lengths, so image flags and unwrapping matter.
    static std::vector<core::Frame> travellingFrames(bool triclinic) {
        test::BrownianSpec spec;
        spec.atoms = 300;
        spec.diffusion = 0.5;
        spec.seed = 41;
        for (int k = 0; k <= 30; ++k)
            spec.timesteps.push_back(100 * k);
        return triclinic ? test::triclinicBrownianFrames(spec, 0.2, -0.15, 0.1)
                         : test::brownianFrames(spec);
    }

    static void compareFrames(const std::vector<core::Frame>& a, const std::vector<core::Frame>& b,
                              double tolerance, bool compareOrigin = true) {
        QCOMPARE(a.size(), b.size());
        for (std::size_t f = 0; f < a.size(); ++f) {
            QCOMPARE(a[f].timestep, b[f].timestep);
            QVERIFY(a[f].ids == b[f].ids);
            QVERIFY(a[f].types == b[f].types);
            QVERIFY((a[f].box.cellVectors() - b[f].box.cellVectors()).norm() < 1e-12);
            QVERIFY(!compareOrigin || (a[f].box.origin() - b[f].box.origin()).norm() < 1e-12);
            for (std::size_t i = 0; i < a[f].atomCount(); ++i)
                QVERIFY2((a[f].positions[i] - b[f].positions[i]).norm() <= tolerance,
                         qPrintable(QString("frame %1 atom %2").arg(f).arg(i)));
        }
    }

private slots:
    // The compressed files are made here, with the users' command-line tools.
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        test::writeLammpsDump(path("c.lammpstrj"), travellingFrames(false), {});
        std::string text;
        {
            std::ifstream in(path("c.lammpstrj"), std::ios::binary);
            text.assign(std::istreambuf_iterator<char>(in), {});
        }
        test::writeText(path("half1"), text.substr(0, text.size() / 2)); // cut mid-line
        test::writeText(path("half2"), text.substr(text.size() / 2));
        // std::system, not QProcess: ThreadSanitizer's runtime cannot follow QProcess's clone.
        auto compress = [&](const QString& program, const char* input, const std::string& out) {
            const std::string command =
                "'" + program.toStdString() + "' -c '" + path(input) + "' >> '" + out + "'";
            return std::system(command.c_str()) == 0;
        };
        for (const auto& [tool, suffix] : {std::pair{"bzip2", ".bz2"}, std::pair{"zstd", ".zst"},
                                           std::pair{"xz", ".xz"}, std::pair{"gzip", ".gz"}}) {
            const QString program = QStandardPaths::findExecutable(tool);
            if (program.isEmpty()) {
                m_missingTools << tool;
                continue;
            }
            QVERIFY(compress(program, "c.lammpstrj", path("c.lammpstrj") + suffix));
            QVERIFY(compress(program, "half1", path("j.lammpstrj") + suffix) &&
                    compress(program, "half2", path("j.lammpstrj") + suffix));
            QVERIFY2(std::filesystem::file_size(path("c.lammpstrj") + suffix) < text.size() / 2,
                     tool);
        }
    }

    void everyColumnConventionRoundTrips_data() {
        QTest::addColumn<int>("columns");
        QTest::addColumn<bool>("triclinic");
        for (bool tri : {false, true}) {
            const char* box = tri ? "triclinic" : "orthogonal";
            QTest::newRow(qPrintable(QString("xu yu zu, %1").arg(box)))
                << int(DumpColumns::Unwrapped) << tri;
            QTest::newRow(qPrintable(QString("xsu ysu zsu, %1").arg(box)))
                << int(DumpColumns::ScaledUnwrapped) << tri;
            QTest::newRow(qPrintable(QString("x y z ix iy iz, %1").arg(box)))
                << int(DumpColumns::WrappedWithImages) << tri;
            QTest::newRow(qPrintable(QString("xs ys zs ix iy iz, %1").arg(box)))
                << int(DumpColumns::ScaledWithImages) << tri;
        }
    }
    void everyColumnConventionRoundTrips() {
        QFETCH(int, columns);
        QFETCH(bool, triclinic);
        const auto frames = travellingFrames(triclinic);
        test::DumpStyle style;
        style.columns = DumpColumns(columns);
        const std::string file = path("conv.lammpstrj");
        test::writeLammpsDump(file, frames, style);
        const auto back = test::readAllFrames(file);
        compareFrames(frames, back, 1e-9);
        for (const auto& f : back)
            QCOMPARE(f.kind, core::CoordinateKind::Unwrapped);
        QCOMPARE(back.front().box.isTriclinic(), triclinic);
    }

    void wrappedCoordinatesAreUnwrappedByJumps() {
        // x y z without image flags: the correlators must equal those from xu yu zu.
        for (bool triclinic : {false, true}) {
            const auto frames = travellingFrames(triclinic);
            test::DumpStyle wrapped, unwrapped;
            wrapped.columns = DumpColumns::WrappedOnly;
            test::writeLammpsDump(path("w.lammpstrj"), frames, wrapped);
            test::writeLammpsDump(path("u.lammpstrj"), frames, unwrapped);
            QCOMPARE(test::readAllFrames(path("w.lammpstrj")).front().kind,
                     core::CoordinateKind::Wrapped);
            core::CorrelatorSettings s;
            const auto a = test::correlateFile(path("w.lammpstrj"), s, 0.005);
            const auto b = test::correlateFile(path("u.lammpstrj"), s, 0.005);
            QVERIFY(b.curve(core::ChannelId::SquaredDisplacement).back() >
                    10.0); // atoms crossed the box
            for (std::size_t k = 0; k < a.time.size(); ++k) {
                QVERIFY(std::abs(a.curve(core::ChannelId::SelfScattering)[k] -
                                 b.curve(core::ChannelId::SelfScattering)[k]) < 1e-9);
                QVERIFY(std::abs(a.curve(core::ChannelId::PairMinus)[k] -
                                 b.curve(core::ChannelId::PairMinus)[k]) < 1e-9);
                QVERIFY(std::abs(a.curve(core::ChannelId::SquaredDisplacement)[k] -
                                 b.curve(core::ChannelId::SquaredDisplacement)[k]) <
                        1e-8 * (1 + b.curve(core::ChannelId::SquaredDisplacement)[k]));
            }
        }
    }

    void largeJumpsBetweenFramesWarn() {
        test::BrownianSpec spec;
        spec.atoms = 200;
        spec.diffusion = 5.0; // several box lengths between frames
        spec.timesteps = {0, 1000, 2000};
        test::DumpStyle wrapped;
        wrapped.columns = DumpColumns::WrappedOnly;
        test::writeLammpsDump(path("jump.lammpstrj"), test::brownianFrames(spec), wrapped);
        auto source = core::openTrajectory(path("jump.lammpstrj"));
        core::Frame first;
        source->next(first);
        auto again = core::openTrajectory(path("jump.lammpstrj"));
        const auto sums = core::correlateTrajectory(*again, core::TypeSet::fromTypes(first.types),
                                                    {}, std::nullopt);
        QCOMPARE(sums.size(), std::size_t(1));
        QVERIFY(!sums.front().warnings.empty());
        QVERIFY(sums.front().warnings.front().find("quarter box") != std::string::npos);
    }

    void gzipReadsLikePlainText() {
        const auto frames = travellingFrames(false);
        test::writeLammpsDump(path("p.lammpstrj"), frames, {});
        test::writeLammpsDump(path("p.lammpstrj.gz"), frames, {});
        compareFrames(test::readAllFrames(path("p.lammpstrj")),
                      test::readAllFrames(path("p.lammpstrj.gz")), 0.0);
    }

    // bzip2, zstd and xz files written by the users' own tools (Debian's bzip2, zstd and xz
    // command lines, run in initTestCase) read exactly like the plain text, also when several
    // compressed streams are concatenated (pbzip2, zstd -c a b, xz -c a b); truncated ones say
    // so with the file.
    void compressedFilesFromTheUsualToolsReadLikePlainText() {
        if (!m_missingTools.isEmpty())
            QSKIP(qPrintable(m_missingTools.join(", ") +
                             " not installed (tools/install-deps.sh installs them)"));
        const auto plain = test::readAllFrames(path("c.lammpstrj"));
        for (const char* suffix : {".bz2", ".zst", ".xz", ".gz"}) {
            const std::string whole = path("c.lammpstrj") + suffix;
            compareFrames(plain, test::readAllFrames(whole), 0.0);
            compareFrames(plain, test::readAllFrames(path("j.lammpstrj") + suffix), 0.0);
            const std::string cut = path("cut.lammpstrj") + suffix;
            std::filesystem::copy_file(whole, cut,
                                       std::filesystem::copy_options::overwrite_existing);
            std::filesystem::resize_file(cut, std::filesystem::file_size(whole) * 6 / 10);
            try {
                test::readAllFrames(cut);
                QFAIL(
                    qPrintable(QString("a truncated %1 file was read without error").arg(suffix)));
            } catch (const core::InputError& e) {
                QCOMPARE(e.file(), cut);
                QVERIFY2(std::string(e.what()).find("truncated") != std::string::npos, e.what());
            }
        }
    }

    void columnsAndAtomsInAnyOrder() {
        const auto frames = travellingFrames(true);
        test::DumpStyle shuffled;
        shuffled.shuffleAtoms = true;
        shuffled.shuffleColumns = true;
        shuffled.columns = DumpColumns::WrappedWithImages;
        test::writeLammpsDump(path("s.dump"), frames, shuffled);
        test::writeLammpsDump(path("o.dump"), frames, {});
        // Atoms are matched by id: identical frames and bit-identical correlators.
        compareFrames(test::readAllFrames(path("o.dump")), test::readAllFrames(path("s.dump")),
                      1e-9);
        test::DumpStyle shuffledUnwrapped;
        shuffledUnwrapped.shuffleAtoms = true;
        test::writeLammpsDump(path("s2.dump"), frames, shuffledUnwrapped);
        core::CorrelatorSettings s;
        const auto a = test::correlateFile(path("o.dump"), s, 0.005);
        const auto b = test::correlateFile(path("s2.dump"), s, 0.005);
        QVERIFY(a.curve(core::ChannelId::SelfScattering) ==
                b.curve(core::ChannelId::SelfScattering));
        QVERIFY(a.curve(core::ChannelId::PairPlus) == b.curve(core::ChannelId::PairPlus));
        QVERIFY(a.curve(core::ChannelId::PairMinus) == b.curve(core::ChannelId::PairMinus));
    }

    void extendedXyzRoundTrips() {
        for (bool triclinic : {false, true}) {
            const auto frames = travellingFrames(triclinic);
            test::writeExtendedXyz(path("t.extxyz.gz"), frames);
            const auto back = test::readAllFrames(path("t.extxyz.gz"));
            compareFrames(frames, back, 1e-12); // species Ni/P -> types 1/2 alphabetically
        }
    }

    void dcdRoundTripsInEveryCellConventionAndByteOrder() {
        // Wrapped float coordinates as LAMMPS writes them; unwrapped by jumps, the
        // correlators equal those of the unwrapped text dump to float precision, whichever
        // of the three unit-cell conventions the file uses (the CHARMM c36 box matrix once
        // crashed g(r) as a degenerate cell).
        using test::DcdCell;
        for (DcdCell convention : {DcdCell::Cosines, DcdCell::Degrees, DcdCell::BoxMatrix})
            for (bool triclinic : {false, true})
                for (bool bigEndian : {false, true}) {
                    const auto frames = travellingFrames(triclinic);
                    const std::string dcd = path("t.dcd");
                    test::writeDcd(dcd, frames, 100, bigEndian, convention);
                    const auto back = test::readAllFrames(dcd);
                    QCOMPARE(back.size(), frames.size());
                    QCOMPARE(back[3].timestep, frames[3].timestep);
                    QCOMPARE(back.front().kind, core::CoordinateKind::Wrapped);
                    // The box matrix turns the cell: compare the metric h^T h.
                    const Eigen::Matrix3d h = back.front().box.cellVectors();
                    const Eigen::Matrix3d h0 = frames.front().box.cellVectors();
                    QVERIFY2((h.transpose() * h - h0.transpose() * h0).norm() < 1e-9,
                             qPrintable(QString("convention %1").arg(int(convention))));
                    QCOMPARE(back.front().box.isTriclinic(), triclinic);
                    test::writeLammpsDump(path("u.lammpstrj"), frames, {});
                    core::CorrelatorSettings s;
                    const auto a = test::correlateFile(dcd, s, 0.005);
                    const auto b = test::correlateFile(path("u.lammpstrj"), s, 0.005);
                    for (std::size_t k = 0; k < a.time.size(); ++k) {
                        QVERIFY(std::abs(a.curve(core::ChannelId::SelfScattering)[k] -
                                         b.curve(core::ChannelId::SelfScattering)[k]) < 1e-4);
                        QVERIFY(std::abs(a.curve(core::ChannelId::PairMinus)[k] -
                                         b.curve(core::ChannelId::PairMinus)[k]) < 1e-4);
                        QVERIFY(
                            std::abs(
                                a.curve(core::ChannelId::SquaredDisplacement)[k] /
                                    std::max(1.0,
                                             b.curve(core::ChannelId::SquaredDisplacement)[k]) -
                                b.curve(core::ChannelId::SquaredDisplacement)[k] /
                                    std::max(1.0,
                                             b.curve(core::ChannelId::SquaredDisplacement)[k])) <
                            1e-4);
                    }
                }
    }

    void dcdCellConventionsAreToldApartByTheirNumbers() {
        using core::DcdCellConvention;
        Eigen::Matrix3d cell;
        auto decide = [&](std::array<double, 6> record) {
            DcdCellConvention c = DcdCellConvention::Undecided;
            const std::string problem = core::cellFromRecord(record.data(), c, cell);
            return problem.empty() ? c : DcdCellConvention::Undecided;
        };
        // Orthogonal: zeros decide nothing, the cell is the diagonal.
        QCOMPARE(decide({10, 0, 11, 0, 0, 12}), DcdCellConvention::Undecided);
        QCOMPARE(cell, Eigen::Matrix3d(Eigen::Vector3d(10, 11, 12).asDiagonal()));
        QCOMPARE(decide({10, 0.5, 10, 0, 0, 10}), DcdCellConvention::LengthsAndCosines);
        QVERIFY(std::abs(cell(0, 1) - 5.0) < 1e-12); // gamma = 60 degrees
        QCOMPARE(decide({10, 60, 10, 90, 90, 10}), DcdCellConvention::LengthsAndDegrees);
        QVERIFY(std::abs(cell(0, 1) - 5.0) < 1e-12);
        // Off-diagonal entries of a c36 box matrix: negative, or a few length units (which
        // would be a cell of angles of a few degrees, nearly flat).
        QCOMPARE(decide({10, -2, 10, 0, 0, 10}), DcdCellConvention::BoxMatrix);
        QCOMPARE(decide({30, 3, 30, 4, 5, 30}), DcdCellConvention::BoxMatrix);
        QCOMPARE(cell(1, 0), 3.0);
        QCOMPARE(cell(0, 1), 3.0);
        QCOMPARE(decide({30, 200, 30, 90, 90, 30}), DcdCellConvention::BoxMatrix);
        // Once decided, a frame that does not fit is an error, not a silent change.
        DcdCellConvention c = DcdCellConvention::Undecided;
        const double first[6] = {10, 0.5, 10, 0, 0, 10}, later[6] = {10, 1.5, 10, 0, 0, 10};
        QVERIFY(core::cellFromRecord(first, c, cell).empty());
        const std::string problem = core::cellFromRecord(later, c, cell);
        QVERIFY2(problem.find("lengths and cosines") != std::string::npos, problem.c_str());
        const double nan[6] = {10, 0, 10, 0, std::nan(""), 10};
        QVERIFY(!core::cellFromRecord(nan, c, cell).empty());
    }

    void charmmBoxMatrixDcdRunsThroughThePipeline() {
        // The crash of the issue: a c36 triclinic DCD without --q/--rc went through g(r) as a
        // degenerate cell. Now S(q), g(r), q and r_c equal those of the same frames as a
        // LAMMPS dump (one species: DCD carries no types).
        auto frames = travellingFrames(true);
        for (core::Frame& f : frames)
            std::fill(f.types.begin(), f.types.end(), 1);
        std::filesystem::create_directories(path("c36/T1/r0"));
        std::filesystem::create_directories(path("dump/T1/r0"));
        test::writeDcd(path("c36/T1/r0/seg0.dcd"), frames, 100, false, test::DcdCell::BoxMatrix);
        test::writeLammpsDump(path("dump/T1/r0/seg0.lammpstrj"), frames, {});
        auto structureOf = [](const std::string& folder) {
            const core::EnsembleLayout layout = core::discoverEnsemble(folder);
            return core::computeEnsembleStructure(layout, core::ensembleTypes(layout), {});
        };
        const auto c36 = structureOf(path("c36"));
        const auto dump = structureOf(path("dump"));
        QVERIFY(c36.qMax && dump.qMax && c36.firstMinimum && dump.firstMinimum);
        QVERIFY(std::abs(*c36.qMax - *dump.qMax) < 1e-6);
        QVERIFY(std::abs(*c36.firstMinimum - *dump.firstMinimum) < 1e-6);
        QCOMPARE(c36.overall.gr.total.size(), dump.overall.gr.total.size());
        for (std::size_t k = 0; k < c36.overall.gr.total.size(); ++k)
            QVERIFY(std::abs(c36.overall.gr.total[k] - dump.overall.gr.total[k]) < 1e-3);
        QCOMPARE(c36.overall.sq.total.size(), dump.overall.sq.total.size());
        for (std::size_t k = 0; k < c36.overall.sq.total.size(); ++k)
            QVERIFY(std::abs(c36.overall.sq.total[k] - dump.overall.sq.total[k]) < 1e-3);
    }

    // Files written by Debian's python3-gsd (HOOMD-blue's own library) from a LAMMPS dump:
    // HOOMD's centred box and tilt factors, float positions with images (or, without them,
    // unwrapped by jumps). Frames equal the dump's up to the rigid shift of the box.
    void gsdFilesFromPythonGsdReadLikeTheDump_data() {
        QTest::addColumn<bool>("triclinic");
        QTest::addColumn<bool>("images");
        for (bool tri : {false, true})
            for (bool images : {true, false})
                QTest::newRow(qPrintable(QString("%1, %2")
                                             .arg(tri ? "triclinic" : "orthogonal")
                                             .arg(images ? "with images" : "without images")))
                    << tri << images;
    }
    void gsdFilesFromPythonGsdReadLikeTheDump() {
        QFETCH(bool, triclinic);
        QFETCH(bool, images);
        if (std::system("/usr/bin/python3 -c 'import gsd.hoomd' 2>/dev/null") != 0)
            QSKIP("python3-gsd is not installed (tools/install-deps.sh installs it)");
        const auto frames = travellingFrames(triclinic);
        test::writeLammpsDump(path("g.lammpstrj"), frames, {});
        const std::string command = "cd '" TX_SOURCE_DIR "/tests/writers' && /usr/bin/python3 "
                                    "gsd_from_dump.py '" +
                                    path("g.lammpstrj") + "' '" + path("g.gsd") + "'" +
                                    (images ? "" : " --no-images");
        QCOMPARE(std::system(command.c_str()), 0);
        const auto back = test::readAllFrames(path("g.gsd"));
        QCOMPARE(back.size(), frames.size());
        QCOMPARE(back.front().kind,
                 images ? core::CoordinateKind::Unwrapped : core::CoordinateKind::Wrapped);
        for (std::size_t f = 0; f < frames.size(); ++f) {
            QCOMPARE(back[f].timestep, frames[f].timestep);
            QVERIFY(back[f].ids == frames[f].ids);
            QVERIFY(back[f].types == frames[f].types);
            QVERIFY((back[f].box.cellVectors() - frames[f].box.cellVectors()).norm() < 1e-4);
            if (!images)
                continue; // wrapped: compared through the correlators below
            for (std::size_t i = 0; i < frames[f].atomCount(); ++i) {
                const Eigen::Vector3d a = back[f].positions[i] - back[f].box.origin();
                const Eigen::Vector3d b = frames[f].positions[i] - frames[f].box.origin();
                QVERIFY2((a - b).norm() < 1e-4,
                         qPrintable(QString("frame %1 atom %2").arg(f).arg(i)));
            }
        }
        core::CorrelatorSettings s;
        const auto a = test::correlateFile(path("g.gsd"), s, 0.005);
        const auto b = test::correlateFile(path("g.lammpstrj"), s, 0.005);
        for (core::ChannelId c : {core::ChannelId::SelfScattering, core::ChannelId::PairPlus,
                                  core::ChannelId::PairMinus})
            for (std::size_t k = 0; k < a.time.size(); ++k)
                QVERIFY(std::abs(a.curve(c)[k] - b.curve(c)[k]) < 1e-4);
        for (std::size_t k = 0; k < a.time.size(); ++k)
            QVERIFY(std::abs(a.curve(core::ChannelId::SquaredDisplacement)[k] -
                             b.curve(core::ChannelId::SquaredDisplacement)[k]) <
                    1e-4 * std::max(1.0, b.curve(core::ChannelId::SquaredDisplacement)[k]));
    }

    void h5mdRoundTrips_data() {
        QTest::addColumn<bool>("triclinic");
        QTest::addColumn<bool>("images");
        QTest::addColumn<bool>("shuffle");
        for (bool tri : {false, true})
            for (bool images : {true, false})
                for (bool shuffle : {false, true})
                    QTest::newRow(qPrintable(QString("%1, %2, %3")
                                                 .arg(tri ? "triclinic" : "orthogonal")
                                                 .arg(images ? "image" : "wrapped only")
                                                 .arg(shuffle ? "atoms shuffled" : "in order")))
                        << tri << images << shuffle;
    }
    void h5mdRoundTrips() {
        // Double precision: with image the positions come back exactly (to rounding); without,
        // they are unwrapped by jumps and the correlators equal those of the text dump.
        QFETCH(bool, triclinic);
        QFETCH(bool, images);
        QFETCH(bool, shuffle);
        const auto frames = travellingFrames(triclinic);
        test::H5mdStyle style;
        style.images = images;
        style.shuffleAtoms = shuffle;
        const std::string file = path("t.h5md");
        test::writeH5md(file, frames, style);
        const auto back = test::readAllFrames(file);
        QCOMPARE(back.front().kind,
                 images ? core::CoordinateKind::Unwrapped : core::CoordinateKind::Wrapped);
        QCOMPARE(back.front().box.isTriclinic(), triclinic);
        if (images)
            compareFrames(frames, back, 1e-9, false); // H5MD boxes carry no origin
        test::writeLammpsDump(path("u.lammpstrj"), frames, {});
        core::CorrelatorSettings s;
        const auto a = test::correlateFile(file, s, 0.005);
        const auto b = test::correlateFile(path("u.lammpstrj"), s, 0.005);
        QCOMPARE(a.time, b.time);
        for (std::size_t k = 0; k < a.time.size(); ++k) {
            QVERIFY(std::abs(a.curve(core::ChannelId::SelfScattering)[k] -
                             b.curve(core::ChannelId::SelfScattering)[k]) < 1e-9);
            QVERIFY(std::abs(a.curve(core::ChannelId::PairPlus)[k] -
                             b.curve(core::ChannelId::PairPlus)[k]) < 1e-9);
            QVERIFY(std::abs(a.curve(core::ChannelId::PairMinus)[k] -
                             b.curve(core::ChannelId::PairMinus)[k]) < 1e-9);
            QVERIFY(std::abs(a.curve(core::ChannelId::SquaredDisplacement)[k] -
                             b.curve(core::ChannelId::SquaredDisplacement)[k]) <
                    1e-9 * std::max(1.0, b.curve(core::ChannelId::SquaredDisplacement)[k]));
        }
    }

    void h5mdLayoutVariantsAreRead() {
        // Single precision, 0-based species, a fixed box or one sampled every third frame, and
        // an orthogonal box written as a matrix all give the same frames.
        const auto frames = travellingFrames(false);
        std::vector<test::H5mdStyle> styles(8);
        styles[0].singlePrecision = true;
        styles[1].zeroBasedSpecies = true;
        styles[2].timeDependentBox = false;
        styles[3].boxEvery = 3;
        styles[4].matrixEdges = true;
        styles[5].species = test::H5mdStyle::Species::Floats; // as ZnH5MD and ASE write them
        styles[6].species = test::H5mdStyle::Species::Enum;   // allowed by H5MD
        styles[7].species = test::H5mdStyle::Species::Enum;
        styles[7].zeroBasedSpecies = true;
        for (const auto& style : styles) {
            test::writeH5md(path("v.h5"), frames, style);
            const auto back = test::readAllFrames(path("v.h5"));
            compareFrames(frames, back, style.singlePrecision ? 1e-3 : 1e-9);
        }
    }

    void h5mdSpeciesThatAreNotWholeNumbersAreRefused() {
        test::H5mdStyle style;
        style.species = test::H5mdStyle::Species::Floats;
        style.floatSpeciesShift = 0.5;
        test::writeH5md(path("half.h5md"), travellingFrames(false), style);
        try {
            test::readAllFrames(path("half.h5md"));
            QFAIL("species 1.5 was taken as a type");
        } catch (const core::InputError& e) {
            QCOMPARE(e.file(), path("half.h5md"));
            QVERIFY2(std::string(e.what()).find("/particles/all/species holds 1.5, which is not a "
                                                "whole number") != std::string::npos,
                     e.what());
        }
    }

    void wrappedPositionsReadAsUnwrappedAreFlagged() {
        // An extended XYZ of wrapped positions read without --xyz-wrapped: atoms seem to jump
        // across the box, and the warning names the option; read with it, or an unwrapped
        // file, gives no such warning.
        test::BrownianSpec spec;
        spec.atoms = 300;
        spec.diffusion = 0.1;
        spec.timesteps = {0, 100, 200, 400};
        const auto frames = test::brownianFrames(spec);
        auto wrapped = frames;
        for (auto& f : wrapped)
            for (auto& r : f.positions) {
                const Eigen::Vector3d fractional = f.box.toFractional(r);
                r = f.box.fromFractional(fractional.array() - fractional.array().floor());
            }
        test::writeExtendedXyz(path("wrapped.extxyz"), wrapped);
        test::writeExtendedXyz(path("unwrapped.extxyz"), frames);
        auto warningsOf = [&](const char* file, bool declaredWrapped) {
            core::ReaderOptions options;
            options.xyzPositionsWrapped = declaredWrapped;
            auto source = core::openTrajectory(path(file), options);
            const auto sums = core::correlateTrajectory(
                *source, core::TypeSet::fromTypes(frames.front().types), {}, std::nullopt);
            return sums.front().warnings;
        };
        const auto flagged = warningsOf("wrapped.extxyz", false);
        QCOMPARE(flagged.size(), std::size_t(1));
        QVERIFY2(flagged.front().find("jumps by more than half the box") != std::string::npos &&
                     flagged.front().find("check --xyz-wrapped") != std::string::npos,
                 flagged.front().c_str());
        QVERIFY(warningsOf("wrapped.extxyz", true).empty());
        QVERIFY(warningsOf("unwrapped.extxyz", false).empty());
        // Log-spaced frames of a fast liquid: real moves of more than half the box between two
        // frames are no sign of wrapping.
        spec.diffusion = 2.0;
        spec.timesteps = {0, 10, 1000};
        const auto fast = test::brownianFrames(spec);
        double largest = 0;
        for (std::size_t a = 0; a < fast.front().atomCount(); ++a)
            largest = std::max(largest,
                               (fast[2].positions[a] - fast[1].positions[a]).cwiseAbs().maxCoeff());
        QVERIFY(largest > 0.5 * fast.front().box.perpendicularWidths().minCoeff());
        test::writeExtendedXyz(path("fast.extxyz"), fast);
        QVERIFY(warningsOf("fast.extxyz", false).empty());
    }

    void atomsAreOrderedByIdWhetherIdsAreDenseOrNot() {
        // Dense ids (5..7, placed in one pass) and sparse ones (3, 10, 700, sorted).
        for (const auto& ids : {std::vector<int>{7, 5, 6}, std::vector<int>{700, 3, 10}}) {
            std::string text = "ITEM: TIMESTEP\n0\nITEM: NUMBER OF ATOMS\n3\n"
                               "ITEM: BOX BOUNDS pp pp pp\n0 10\n0 10\n0 10\n"
                               "ITEM: ATOMS id type xu yu zu\n";
            for (int id : ids)
                text += std::to_string(id) + " " + std::to_string(id % 2 + 1) + " " +
                        std::to_string(id % 10) + " 0 0\n";
            test::writeText(path("ids.lammpstrj"), text);
            const auto frame = test::readAllFrames(path("ids.lammpstrj")).front();
            std::vector<std::int64_t> sorted(ids.begin(), ids.end());
            std::sort(sorted.begin(), sorted.end());
            QCOMPARE(frame.ids, sorted);
            for (std::size_t a = 0; a < 3; ++a) {
                QCOMPARE(frame.types[a], int(sorted[a] % 2 + 1));
                QCOMPARE(frame.positions[a].x(), double(sorted[a] % 10));
            }
        }
    }

    void readAheadStopsCleanlyAndKeepsLinesInOrder() {
        // Blocks are read a step ahead on their own thread: a reader dropped mid-file (a
        // cancelled run) must stop it without hanging, and lines must come back whole and in
        // order across block boundaries (1 MiB), plain and gzip alike.
        std::string text;
        for (int k = 0; k < 400000; ++k)
            text += std::to_string(k) + (k % 7 == 0 ? " a longer line to vary the widths\n" : "\n");
        test::writeText(path("lines.txt"), text);
        test::writeText(path("lines.txt.gz"), text);
        for (const char* name : {"lines.txt", "lines.txt.gz"}) {
            {
                core::LineReader early(path(name));
                std::string_view line;
                QVERIFY(early.next(line));
            } // destroyed with blocks still queued
            core::LineReader reader(path(name));
            std::string_view line;
            int k = 0;
            for (; reader.next(line); ++k)
                QVERIFY2(line.substr(0, line.find(' ')) == std::to_string(k), name);
            QCOMPARE(k, 400000);
            QVERIFY(!reader.next(line)); // the end stays the end
            QCOMPARE(reader.bytesConsumed(), std::uint64_t(text.size()));
        }
    }

    void linesTakenManyAtATimeAreWholeAndNumbered() {
        // nextLines hands out a frame's atom lines where they lie in the buffer: runs of lines
        // across the 1 MiB blocks (and larger than one), mixed with single lines, CRLF ends
        // left for the parser, a last line without its newline, and fewer lines than asked
        // at the end of the file.
        std::string text;
        const int count = 300000;
        for (int k = 0; k < count; ++k)
            text += std::to_string(k) + (k % 5 == 0 ? " padding to vary widths\r\n" : "\n");
        text += "last";
        test::writeText(path("runs.txt"), text);
        test::writeText(path("runs.txt.gz"), text);
        for (const char* name : {"runs.txt", "runs.txt.gz"}) {
            core::LineReader reader(path(name));
            std::string_view line, run;
            std::vector<std::size_t> ends;
            int k = 0;
            for (const std::size_t take :
                 {std::size_t{1}, std::size_t{0}, std::size_t{7}, std::size_t{150000},
                  std::size_t{3}, std::size_t{149000}}) {
                if (take == 1) {
                    QVERIFY(reader.next(line));
                    QCOMPARE(std::string(line.substr(0, line.find(' '))), std::to_string(k++));
                    continue;
                }
                QCOMPARE(reader.nextLines(take, run, ends), take);
                QCOMPARE(ends.size(), take);
                for (std::size_t t = 0; t < take; ++t, ++k) {
                    const std::size_t begin = t == 0 ? 0 : ends[t - 1] + 1;
                    const std::string_view one = run.substr(begin, ends[t] - begin);
                    QVERIFY2(one.substr(0, one.find(' ')) == std::to_string(k), name);
                    QCOMPARE(one.back() == '\r', k % 5 == 0);
                }
                QCOMPARE(reader.lineNumber(), std::int64_t(k));
            }
            // 989 numbered lines and "last" are left: ask for more.
            QCOMPARE(reader.nextLines(5000, run, ends), std::size_t(count - k + 1));
            QCOMPARE(std::string(run.substr(ends[ends.size() - 2] + 1)), std::string("last"));
            QVERIFY(reader.endedWithoutNewline());
            QCOMPARE(reader.lineNumber(), std::int64_t(count + 1));
            QCOMPARE(reader.nextLines(3, run, ends), std::size_t{0});
            QVERIFY(!reader.next(line));
            QCOMPARE(reader.bytesConsumed(), std::uint64_t(text.size()));
        }
    }

    void lammpsTimeAndUnitsItemsAreAccepted() {
        const std::string text =
            "ITEM: UNITS\nlj\nITEM: TIMESTEP\n5\nITEM: TIME\n0.025\n"
            "ITEM: NUMBER OF ATOMS\n2\nITEM: BOX BOUNDS pp pp pp\n0 10\n0 10\n0 10\n"
            "ITEM: ATOMS id type xu yu zu\n2 1 1 1 1\n1 2 2 2 2\n";
        // LAMMPS writes UNITS before TIMESTEP and TIME after it (dump_modify units/time yes).
        test::writeText(path("units.lammpstrj"), text + text);
        const auto frames = test::readAllFrames(path("units.lammpstrj"));
        QCOMPARE(frames.size(), std::size_t(2));
        QCOMPARE(frames[0].ids, (std::vector<std::int64_t>{1, 2}));
        QCOMPARE(frames[0].types, (std::vector<int>{2, 1}));
        auto source = core::openTrajectory(path("units.lammpstrj"));
        core::Frame frame;
        QVERIFY(source->next(frame));
        QCOMPARE(source->metadata().units, (core::Units{"σ", "τ"}));
        QVERIFY(source->metadata().warnings.empty()); // pp pp pp
    }

    void lammpsUnitStylesGiveTheirUnits() {
        for (const auto& [style, length, time] :
             {std::tuple{"metal", "Å", "ps"}, std::tuple{"real", "Å", "fs"},
              std::tuple{"nano", "nm", "ns"}, std::tuple{"si", "m", "s"}}) {
            test::writeText(path("style.lammpstrj"),
                            std::string("ITEM: UNITS\n") + style +
                                "\nITEM: TIMESTEP\n0\nITEM: NUMBER OF ATOMS\n1\n"
                                "ITEM: BOX BOUNDS pp pp pp\n0 9\n0 9\n0 9\n"
                                "ITEM: ATOMS id type xu yu zu\n1 1 1 1 1\n");
            auto source = core::openTrajectory(path("style.lammpstrj"));
            core::Frame frame;
            QVERIFY(source->next(frame));
            QCOMPARE(source->metadata().units, (core::Units{length, time}));
        }
        QCOMPARE(core::parseUnits("nm,ps"), (core::Units{"nm", "ps"}));
        QCOMPARE(core::parseUnits("Angstrom,femtosecond"), (core::Units{"Å", "fs"}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, core::parseUnits("parsecs"));
    }

    void lammpsElementColumnGivesTypesByName() {
        // "dump custom ... element" with "dump_modify element Ni P": types 1..k in
        // alphabetical order of the names, whatever the order of the atoms.
        const std::string text =
            "ITEM: TIMESTEP\n0\nITEM: NUMBER OF ATOMS\n3\nITEM: BOX BOUNDS pp pp pp\n"
            "0 10\n0 10\n0 10\nITEM: ATOMS id element xu yu zu\n3 P 1 1 1\n1 Ni 2 2 2\n"
            "2 Ni 3 3 3\n";
        test::writeText(path("element.lammpstrj"), text);
        const auto frames = test::readAllFrames(path("element.lammpstrj"));
        QCOMPARE(frames[0].types, (std::vector<int>{1, 1, 2}));
        // With a type column too, the numeric types win.
        test::writeText(path("both.lammpstrj"),
                        "ITEM: TIMESTEP\n0\nITEM: NUMBER OF ATOMS\n2\nITEM: BOX BOUNDS pp pp pp\n"
                        "0 10\n0 10\n0 10\nITEM: ATOMS id type element xu yu zu\n"
                        "1 4 P 1 1 1\n2 3 Ni 2 2 2\n");
        QCOMPARE(test::readAllFrames(path("both.lammpstrj"))[0].types, (std::vector<int>{4, 3}));
    }

    void lammpsNonPeriodicBoundariesAreReported() {
        for (const auto& [bounds, sides] :
             {std::pair{"pp pp ff", "along z"}, std::pair{"xy xz yz fs pp sm", "along x, z"}}) {
            const bool triclinic = std::string(bounds).starts_with("xy");
            const std::string line = triclinic ? " 0\n" : "\n";
            test::writeText(path("walls.lammpstrj"),
                            std::string("ITEM: TIMESTEP\n0\nITEM: NUMBER OF ATOMS\n1\n"
                                        "ITEM: BOX BOUNDS ") +
                                bounds + "\n0 9" + line + "0 9" + line + "0 9" + line +
                                "ITEM: ATOMS id type xu yu zu\n1 1 1 1 1\n");
            auto source = core::openTrajectory(path("walls.lammpstrj"));
            core::Frame frame;
            QVERIFY(source->next(frame));
            QCOMPARE(source->metadata().warnings.size(), std::size_t(1));
            const std::string& w = source->metadata().warnings.front();
            QVERIFY2(w.starts_with(path("walls.lammpstrj")) &&
                         w.find(std::string("are not periodic ") + sides) != std::string::npos,
                     w.c_str());
        }
    }

    void lammpsHabitualNamesAreRecognised() {
        struct Case {
            const char* name;
            const char* format;
        };
        for (const Case& c :
             {Case{"dump.melt", "LAMMPS text dump"},
              Case{"/data/T1/dump.melt.gz", "LAMMPS text dump"},
              Case{"run.lammpstrj.1000", "LAMMPS text dump"}, Case{"a.dump.20", "LAMMPS text dump"},
              Case{"dump.dcd", "DCD (CHARMM/NAMD/LAMMPS)"}, Case{"dump.", nullptr},
              Case{"run.lammpstrj.10a", nullptr}, Case{"log.lammps", nullptr}}) {
            const core::TrajectoryFormat* f = core::formatOfFileName(c.name);
            QVERIFY2(c.format ? f && f->name == c.format : !f, c.name);
        }
        // A manifest may name such a file as a replica's one trajectory.
        std::filesystem::create_directories(path("habit"));
        test::BrownianSpec spec;
        spec.atoms = 50;
        spec.density = 0.1;
        spec.timesteps = {0, 10, 20, 30};
        test::writeLammpsDump(path("habit/dump.melt"), test::brownianFrames(spec), {});
        test::writeText(path("habit/manifest.json"),
                        R"({"dt": 0.005, "temperatures": [{"T": 1.0, "replicas": [)"
                        R"({"trajectory": "dump.melt"}]}]})");
        const core::EnsembleLayout layout = core::discoverEnsemble(path("habit"));
        const core::EnsembleSums sums = core::computeEnsembleSums(layout, {});
        QCOMPARE(sums.temperatures.at(0).replicas.at(0).segments.at(0).frames, std::int64_t(4));
        QCOMPARE(sums.commonAtomCount(), std::size_t(50));
    }
};

QTEST_APPLESS_MAIN(TestReaders)
#include "tst_readers.moc"
