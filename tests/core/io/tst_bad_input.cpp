// Bad input gives one clear error naming the file and line, never a crash or a hang.
#include "core/correlate/EnsembleSums.h"
#include "core/io/ByteStream.h"
#include "core/io/InputError.h"
#include "core/io/TextFields.h"
#include "core/io/TrajectoryFormats.h"
#include "core/model/EnsembleLayout.h"
#include "core/output/SumsArchive.h"
#include "tests/support/Correlate.h"
#include "tests/support/GsdWriter.h"
#include "tests/support/H5mdWriter.h"

#include <hdf5.h>
#include <nlohmann/json.hpp>

#include <QTemporaryDir>
#include <QtTest>
#include <filesystem>
#include <fstream>
#include <tbb/global_control.h>

using namespace tx;

class TestBadInput : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::string path(const std::string& name) const {
        return m_dir.filePath(QString::fromStdString(name)).toStdString();
    }

    // 3 frames of 10 atoms: each frame is 9 header lines + 10 atom lines.
    static std::vector<core::Frame> smallFrames() {
        test::BrownianSpec spec;
        spec.atoms = 10;
        spec.density = 0.01; // a big box: r_c fits
        spec.timesteps = {0, 10, 20};
        return test::brownianFrames(spec);
    }
    std::vector<std::string> lines(const std::vector<core::Frame>& frames) {
        test::writeLammpsDump(path("ok.lammpstrj"), frames, {});
        std::ifstream in(path("ok.lammpstrj"));
        std::vector<std::string> out;
        for (std::string l; std::getline(in, l);)
            out.push_back(l);
        return out;
    }
    std::string write(const std::string& name, const std::vector<std::string>& text) {
        std::string all;
        for (const auto& l : text)
            all += l + "\n";
        test::writeText(path(name), all);
        return path(name);
    }
    // Reads and correlates the file as one segment; returns the error.
    static core::InputError errorOf(const std::string& file) {
        try {
            auto source = core::openTrajectory(file);
            core::correlateTrajectory(*source, core::TypeSet::fromTypes(std::vector<int>{1, 2}),
                                      core::CorrelatorSettings{}, std::nullopt);
        } catch (const core::InputError& e) {
            return e;
        }
        return core::InputError("", -1, "no error raised");
    }
    static void expect(const core::InputError& e, const std::string& file, std::int64_t line,
                       const std::string& words) {
        QCOMPARE(e.file(), file);
        QCOMPARE(e.line(), line);
        const std::string what = e.what();
        QVERIFY2(what.find(words) != std::string::npos, e.what());
        QVERIFY2(
            what.starts_with(line > 0 ? file + ":" + std::to_string(line) + ": " : file + ": "),
            e.what());
    }

private slots:
    void theFormatTableChoosesReadersAndNamesThemAll() {
        struct Case {
            const char* file;
            const char* format; // nullptr: no format claims it
        };
        for (const Case& c :
             {Case{"seg0.lammpstrj.gz", "LAMMPS text dump"}, Case{"run.dump", "LAMMPS text dump"},
              Case{"a.lammpsdump.gz", "LAMMPS text dump"}, Case{"x.extxyz.gz", "extended XYZ"},
              Case{"x.xyz", "extended XYZ"}, Case{"t.dcd", "DCD (CHARMM/NAMD/LAMMPS)"},
              Case{"t.h5md", "H5MD (HDF5)"}, Case{"t.h5", "H5MD (HDF5)"}, Case{"t.dcd.gz", nullptr},
              Case{"notes.txt", nullptr}, Case{"seg0.lammpstrj.bz2", "LAMMPS text dump"},
              Case{"seg0.lammpstrj.zst", "LAMMPS text dump"}, Case{"a.extxyz.xz", "extended XYZ"},
              Case{"t.h5md.zst", nullptr}, Case{"seg0.lammpstrj.lz4", nullptr},
              Case{"run.gsd", "HOOMD-blue GSD"}, Case{"run.gsd.gz", nullptr}}) {
            const core::TrajectoryFormat* f = core::formatOfFileName(c.file);
            QVERIFY2(c.format ? f && f->name == c.format : !f, c.file);
        }
        // The unknown-format message, the help and the dialog patterns list every format.
        QString message;
        try {
            core::openTrajectory("/tmp/notes.txt");
        } catch (const core::InputError& e) {
            message = QString::fromStdString(e.what());
        }
        QVERIFY(message.startsWith("/tmp/notes.txt: no format reads this file name"));
        QVERIFY(message.contains("or names like dump.* *.lammpstrj.N")); // LAMMPS's habits
        const QString help = QString::fromStdString(core::trajectoryFormatsHelp());
        const QString patterns = QString::fromStdString(core::trajectoryFilePatterns());
        for (const core::TrajectoryFormat& f : core::trajectoryFormats()) {
            QVERIFY(message.contains(QString::fromUtf8(f.name.data(), qsizetype(f.name.size()))));
            QVERIFY(help.contains(QString::fromUtf8(f.name.data(), qsizetype(f.name.size()))));
            for (std::string_view ending : f.endings()) {
                const QString e = QString::fromUtf8(ending.data(), qsizetype(ending.size()));
                QVERIFY(patterns.contains("*" + e));
                for (const core::Compression& c : core::compressions())
                    QCOMPARE(patterns.contains(
                                 "*" + e +
                                 QString::fromUtf8(c.suffix.data(), qsizetype(c.suffix.size()))),
                             f.compressed);
            }
        }
    }

    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void truncatedTextFile() {
        auto text = lines(smallFrames());
        text.resize(9 + 10 + 9 + 4); // frame 2 stops after 4 of its 10 atoms
        expect(errorOf(write("trunc.lammpstrj", text)), path("trunc.lammpstrj"), 33,
               "unexpected end of file");
    }

    void truncatedGzipFile() {
        test::BrownianSpec spec;
        spec.atoms = 3000;
        spec.timesteps = {0, 10, 20, 30};
        test::writeLammpsDump(path("full.lammpstrj.gz"), test::brownianFrames(spec), {});
        const auto size = std::filesystem::file_size(path("full.lammpstrj.gz"));
        std::filesystem::copy_file(path("full.lammpstrj.gz"), path("cut.lammpstrj.gz"));
        std::filesystem::resize_file(path("cut.lammpstrj.gz"), size * 6 / 10);
        const auto e = errorOf(path("cut.lammpstrj.gz"));
        QCOMPARE(e.file(), path("cut.lammpstrj.gz"));
        QVERIFY(e.line() > 0);
        QVERIFY2(std::string(e.what()).find("truncated") != std::string::npos, e.what());
    }

    void damagedGzipDataIsRefusedAndTrailingBytesIgnored() {
        // ISA-L's igzip checks every member's CRC-32 and length: a flipped byte is an error
        // naming the file, never frames read from garbage. Bytes after the last
        // member that do not start another are ignored, as gzip does.
        test::BrownianSpec spec;
        spec.atoms = 3000;
        spec.timesteps = {0, 10, 20, 30};
        const auto frames = test::brownianFrames(spec);
        test::writeLammpsDump(path("good.lammpstrj.gz"), frames, {});
        const auto size = std::filesystem::file_size(path("good.lammpstrj.gz"));
        auto flipByte = [&](const std::string& name, std::uintmax_t at) {
            std::filesystem::copy_file(path("good.lammpstrj.gz"), path(name));
            std::fstream f(path(name), std::ios::in | std::ios::out | std::ios::binary);
            f.seekg(std::streamoff(at));
            char c = 0;
            f.read(&c, 1);
            f.seekp(std::streamoff(at));
            c = char(c ^ 0x5a);
            f.write(&c, 1);
        };
        // In the CRC-32 of the trailer: the text is intact, the check says no.
        flipByte("crc.lammpstrj.gz", size - 6);
        const auto crc = errorOf(path("crc.lammpstrj.gz"));
        QCOMPARE(crc.file(), path("crc.lammpstrj.gz"));
        QVERIFY2(std::string(crc.what()).find("gzip: damaged data (CRC-32 or length") !=
                     std::string::npos,
                 crc.what());
        // In the middle: the text that comes out is garbage, and either the parser or the
        // check at the member's end refuses it.
        flipByte("flip.lammpstrj.gz", size / 2);
        QCOMPARE(errorOf(path("flip.lammpstrj.gz")).file(), path("flip.lammpstrj.gz"));

        std::filesystem::copy_file(path("good.lammpstrj.gz"), path("tail.lammpstrj.gz"));
        {
            std::ofstream f(path("tail.lammpstrj.gz"), std::ios::app | std::ios::binary);
            f << "trailing bytes, not gzip\n";
        }
        const auto read = test::readAllFrames(path("tail.lammpstrj.gz"));
        const auto good = test::readAllFrames(path("good.lammpstrj.gz"));
        QCOMPARE(read.size(), good.size());
        for (std::size_t k = 0; k < read.size(); ++k)
            QVERIFY(read[k].positions == good[k].positions);
    }

    void atomCountChangesInsideASegment() {
        auto text = lines(smallFrames());
        // Frame 3 (line 39 on) claims and holds 9 atoms.
        text[38 + 3] = "9";
        text.erase(text.begin() + 38 + 9 + 9);
        expect(errorOf(write("count.lammpstrj", text)), path("count.lammpstrj"), 39, "has 9 atoms");
    }

    void atomIdsChangeInsideASegment() {
        auto text = lines(smallFrames());
        text[19 + 9 + 4].replace(0, text[19 + 9 + 4].find(' '), "77"); // frame 2, an id
        expect(errorOf(write("ids.lammpstrj", text)), path("ids.lammpstrj"), 20, "atom ids");
    }

    void nonNumericField() {
        auto text = lines(smallFrames());
        text[19 + 9 + 2] = "3 1 0.5 abc 0.25"; // line 31
        expect(errorOf(write("nan.lammpstrj", text)), path("nan.lammpstrj"), 31,
               "non-numeric coordinate 'abc'");
    }

    void boxesThatCannotBePeriodicCellsAreRefusedWithTheFrame() {
        // Caught for every reader where the frames leave it (the format table wraps them all).
        auto text = lines(smallFrames());
        text[19 + 5] = "1.5 1.5"; // the second frame (line 20): hi = lo along x
        expect(
            errorOf(write("flat.lammpstrj", text)), path("flat.lammpstrj"), 20,
            "the frame at timestep 10 has a box of extent 0 along x (hi must be greater than lo)");
        text = lines(smallFrames());
        text[6] = "5 -5"; // hi < lo along y in the first frame
        expect(errorOf(write("inverted.lammpstrj", text)), path("inverted.lammpstrj"), 1,
               "has a box of extent -10 along y");
        text = lines(smallFrames());
        text[7] = "0 nan"; // the reader itself refuses the text
        expect(errorOf(write("nanbox.lammpstrj", text)), path("nanbox.lammpstrj"), 8,
               "non-numeric box bound 'nan'");
        text = lines(smallFrames());
        text[7] = "-1e308 1e308"; // each bound parses; the extent overflows to infinity
        expect(errorOf(write("infbox.lammpstrj", text)), path("infbox.lammpstrj"), 1,
               "has a box that is not a number");
        text = lines(smallFrames());
        text[19 + 9 + 2] = "3 1 nan 0.5 0.25"; // line 31
        const core::InputError position = errorOf(write("nanpos.lammpstrj", text));
        QVERIFY2(position.line() == 20 || position.line() == 31, position.what());
        QVERIFY2(std::string(position.what()).find("nan") != std::string::npos ||
                     std::string(position.what()).find("not a number") != std::string::npos,
                 position.what());
        // Extended XYZ with a zero lattice.
        const std::string xyz =
            write("zero.extxyz",
                  {"1", "Lattice=\"0 0 0 0 0 0 0 0 0\" Properties=species:S:1:pos:R:3", "A 0 0 0"});
        expect(errorOf(xyz), xyz, 1, "has a box of extent 0 along x");
    }

    void missingColumns() {
        auto text = lines(smallFrames());
        text[8] = "ITEM: ATOMS type xu yu zu";
        expect(errorOf(write("noid.lammpstrj", text)), path("noid.lammpstrj"), 9,
               "missing column 'id'");
        text = lines(smallFrames());
        text[8] = "ITEM: ATOMS id type xu yu";
        expect(errorOf(write("noz.lammpstrj", text)), path("noz.lammpstrj"), 9,
               "missing position columns");
    }

    void wrongFieldCount() {
        auto text = lines(smallFrames());
        text[12] += " 7";
        expect(errorOf(write("fields.lammpstrj", text)), path("fields.lammpstrj"), 13,
               "has 6 fields");
    }

    void problemsOnOneAtomLineAreSaidInAFixedOrder() {
        // The atom lines are parsed in one pass over their fields, in column order, but what
        // is wrong is said in a fixed order: the field count, then the id, the type, the
        // coordinates. A number must be the whole field ("0.5x" is not 0.5).
        auto text = lines(smallFrames());
        text[8] = "ITEM: ATOMS xu yu zu type id"; // the first frame's header
        for (int a = 0; a < 10; ++a)
            text[9 + a] = "0.5 0.5 0.5 1 " + std::to_string(a + 1);
        auto bad = text;
        bad[11] = "0.5 zz 0.5 1 q3"; // line 12: a coordinate and the id
        expect(errorOf(write("order.lammpstrj", bad)), path("order.lammpstrj"), 12,
               "non-numeric atom id 'q3'");
        bad = text;
        bad[11] = "0.5 zz 0.5 1"; // and a field short
        expect(errorOf(write("short.lammpstrj", bad)), path("short.lammpstrj"), 12, "has 4 fields");
        bad = text;
        bad[11] = "0.5x 0.5 0.5 1 3";
        expect(errorOf(write("glued.lammpstrj", bad)), path("glued.lammpstrj"), 12,
               "non-numeric coordinate '0.5x'");
        bad = text;
        bad[11] = "0.5 0.5 0.5 1.0 3";
        expect(errorOf(write("realtype.lammpstrj", bad)), path("realtype.lammpstrj"), 12,
               "got '1.0'");
        // A leading '+' and tabs are fine, and CRLF line ends read like LF.
        bad = text;
        bad[11] = "+0.25\t0.5 0.5\t+1 3";
        std::string crlf;
        for (const auto& line : bad)
            crlf += line + "\r\n";
        test::writeText(path("crlf.lammpstrj"), crlf);
        const auto frames = test::readAllFrames(path("crlf.lammpstrj"));
        QCOMPARE(frames.front().positions[2].x(), 0.25);
        QCOMPARE(frames.front().types[2], 1);
        QCOMPARE(frames.size(), smallFrames().size());
    }

    void theUsualColumnOrderIsReadAndRefusedLikeAnyOther() {
        // "id type x y z" lines take a straight path (parseUsualAtomLine) and anything it does
        // not take goes to the general one: the same atoms as with the columns in another
        // order, and the same words for what is wrong, whichever path read the line.
        const std::vector<std::string> atoms = {"1 1 0.5 0.25 0.125",
                                                "2 2 -1.5e-3 +7 1E2",
                                                "+3\t1 0.1 0.2\t 0.3",
                                                "4 1000 0 0 0",
                                                "5 1 123456789.125 -0 9.87654321012345678e-05",
                                                "00006 +2 1 2 3",
                                                "7 1 3 2 1",
                                                "8 2 0.5 0.5 0.5"};
        auto dump = [&](const std::string& header, auto&& lineOf) {
            std::vector<std::string> text = {"ITEM: TIMESTEP",
                                             "0",
                                             "ITEM: NUMBER OF ATOMS",
                                             std::to_string(atoms.size()),
                                             "ITEM: BOX BOUNDS pp pp pp",
                                             "-10 10",
                                             "-10 10",
                                             "-10 10",
                                             "ITEM: ATOMS " + header};
            for (const std::string& a : atoms)
                text.push_back(lineOf(a));
            return text;
        };
        const auto usual = dump("id type xu yu zu", [](const std::string& a) { return a; });
        const auto other = dump("zu id xu type yu", [](const std::string& a) {
            std::vector<std::string_view> f;
            core::splitFields(a, f);
            return std::string(f[4]) + " " + std::string(f[0]) + " " + std::string(f[2]) + " " +
                   std::string(f[1]) + " " + std::string(f[3]);
        });
        const auto a = test::readAllFrames(write("usual.lammpstrj", usual));
        const auto b = test::readAllFrames(write("other.lammpstrj", other));
        QCOMPARE(a.size(), std::size_t(1));
        QVERIFY(a[0].ids == b[0].ids && a[0].types == b[0].types);
        QVERIFY(a[0].positions == b[0].positions);
        QCOMPARE(a[0].positions[4].z(), 9.87654321012345678e-05);
        QCOMPARE(a[0].types[3], 1000);
        // Each bad line in the usual order, and its words.
        const std::vector<std::pair<std::string, std::string>> bad = {
            {"4 1001 0 0 0", "got '1001'"},
            {"4 0 0 0 0", "got '0'"},
            {"4 1.0 0 0 0", "got '1.0'"},
            {"q4 1 0 0 0", "non-numeric atom id 'q4'"},
            {"4 1 0 0x 0", "non-numeric coordinate '0x'"},
            {"4 1 0 0 nan", "non-numeric coordinate 'nan'"},
            {"4 1 0 0", "has 4 fields"},
            {"4 1 0 0 0 0", "has 6 fields"},
            {"q4 1 0 zz", "has 4 fields"}};
        for (const auto& [line, words] : bad) {
            auto text = usual;
            text[9 + 3] = line;
            expect(errorOf(write("bad.lammpstrj", text)), path("bad.lammpstrj"), 13, words);
        }
    }

    void notALammpsDump() {
        expect(errorOf(write("junk.lammpstrj", {"hello world", "1 2 3"})), path("junk.lammpstrj"),
               1, "expected 'ITEM: TIMESTEP'");
    }

    void emptyFile() {
        expect(errorOf(write("empty.lammpstrj", {})), path("empty.lammpstrj"), 0, "holds no frame");
    }

    void duplicateIds() {
        auto text = lines(smallFrames());
        text[10].replace(0, text[10].find(' '), "1");
        expect(errorOf(write("dup.lammpstrj", text)), path("dup.lammpstrj"), 1, "appears twice");
    }

    void timeGoingBackwards() {
        auto text = lines(smallFrames());
        text[39] = "5"; // frame 3 (from line 39) goes back to timestep 5
        expect(errorOf(write("back.lammpstrj", text)), path("back.lammpstrj"), 39,
               "does not follow");
    }

    void cutoffLargerThanHalfTheBox() {
        test::BrownianSpec spec;
        spec.atoms = 10;
        spec.timesteps = {0, 10};
        test::writeLammpsDump(path("tiny.lammpstrj"), test::brownianFrames(spec), {});
        expect(errorOf(path("tiny.lammpstrj")), path("tiny.lammpstrj"), 1, "exceeds half the box");
    }

    void emptyOrMisshapenFolders() {
        const std::string empty = path("emptydir");
        std::filesystem::create_directories(empty);
        try {
            core::discoverEnsemble(empty);
            QFAIL("no error for an empty folder");
        } catch (const core::InputError& e) {
            QCOMPARE(e.file(), empty);
            QVERIFY(std::string(e.what()).find("no ensemble found") != std::string::npos);
        }
        std::filesystem::create_directories(path("norep/T0.5/r0"));
        try {
            core::discoverEnsemble(path("norep"));
            QFAIL("no error for a replica without files");
        } catch (const core::InputError& e) {
            QCOMPARE(e.file(), path("norep/T0.5/r0"));
        }
    }

    void segmentsInEveryCompressionAreFoundAndUnknownOnesAreErrors() {
        // The decompressor is chosen by the first bytes, so plain text under these names reads.
        const std::filesystem::path rep = path("mixed/T1.0/r0");
        std::filesystem::create_directories(rep);
        test::writeLammpsDump(path("plain.lammpstrj"), smallFrames(), {});
        for (const char* name :
             {"seg0.lammpstrj.gz", "seg1.lammpstrj.bz2", "seg2.lammpstrj.zst", "seg3.lammpstrj.xz"})
            std::filesystem::copy_file(path("plain.lammpstrj"), rep / name);
        test::writeText((rep / "notes.txt").string(), "x");
        auto layout = core::discoverEnsemble(path("mixed"));
        QCOMPARE(layout.temperatures.front().replicas.front().segmentFiles.size(), std::size_t(4));
        // A file named like a segment that no format reads is part of the replica, so that it
        // is never dropped without a word: an error for the CLI, a listed bad file for the GUI.
        const std::string lz4 = (rep / "seg4.lammpstrj.lz4").string();
        test::writeText(lz4, "x");
        layout = core::discoverEnsemble(path("mixed"));
        QCOMPARE(layout.temperatures.front().replicas.front().segmentFiles.back(), lz4);
        try {
            core::computeEnsembleSums(layout, {});
            QFAIL("a segment in an unknown compression was dropped without a word");
        } catch (const core::InputError& e) {
            QCOMPARE(e.file(), lz4);
            QVERIFY2(std::string(e.what()).find("no format reads this file name") !=
                         std::string::npos,
                     e.what());
            QVERIFY(std::string(e.what()).find(".lammpstrj") != std::string::npos);
        }
        const auto sums = core::computeEnsembleSums(layout, {}, {}, nullptr, true);
        QCOMPARE(sums.badFiles.size(), std::size_t(1));
        QCOMPARE(sums.badFiles.front().file, lz4);
        QCOMPARE(sums.temperatures.front().replicas.front().segments.size(), std::size_t(4));
    }

    void manifestWithANumberTooLargeForADouble() {
        // Found by fuzz_manifest: nlohmann's out_of_range escaped as a bare exception.
        std::filesystem::create_directories(path("huge"));
        test::writeText(path("huge/manifest.json"), R"({"dt": 1E100000, "temperatures": []})");
        try {
            core::discoverEnsemble(path("huge"));
            QFAIL("no error");
        } catch (const core::InputError& e) {
            QCOMPARE(e.file(), path("huge/manifest.json"));
            QVERIFY2(std::string(e.what()).find("invalid JSON") != std::string::npos, e.what());
        }
    }

    void manifestNumbersThatCannotBeWhatTheySay() {
        // Found by fuzz_manifest: a segment_steps of 1e24 (a float to JSON) was cast to an
        // integer, which is undefined behaviour; a negative one or a dt of zero passed unseen.
        std::filesystem::create_directories(path("steps"));
        test::writeLammpsDump(path("steps/dump.melt"), smallFrames(), {});
        struct Case {
            const char* entry;
            const char* key;
        };
        for (const Case& c : {Case{R"("segment_steps": 999999999999999999999100)", "segment_steps"},
                              Case{R"("segment_steps": -5)", "segment_steps"},
                              Case{R"("segment_steps": 0)", "segment_steps"},
                              Case{R"("segment_steps": 2.5)", "segment_steps"},
                              Case{R"("segment_steps": "10")", "segment_steps"},
                              Case{R"("dt": 0)", "dt"}, Case{R"("dt": -0.005)", "dt"}}) {
            for (const bool perReplica : {false, true}) {
                if (perReplica && std::string(c.key) == "dt")
                    continue; // dt is the ensemble's, not a replica's
                const std::string replica = std::string(R"({"trajectory": "dump.melt")") +
                                            (perReplica ? std::string(", ") + c.entry : "") + "}";
                test::writeText(path("steps/manifest.json"),
                                std::string("{") + (perReplica ? R"("dt": 0.005)" : c.entry) +
                                    R"(, "temperatures": [{"T": 1.0, "replicas": [)" + replica +
                                    "]}]}");
                try {
                    core::discoverEnsemble(path("steps"));
                    QFAIL(c.entry);
                } catch (const core::InputError& e) {
                    QCOMPARE(e.file(), path("steps/manifest.json"));
                    const std::string what = e.what();
                    QVERIFY2(what.find("manifest") != std::string::npos &&
                                 what.find(c.key) != std::string::npos,
                             what.c_str());
                }
            }
        }
        // The largest whole number is a valid segment length: the segmenting compares without
        // overflowing (start + steps would), so the three frames stay one segment.
        test::writeText(path("steps/manifest.json"),
                        R"({"dt": 0.005, "segment_steps": 9223372036854775807, "temperatures": [)"
                        R"({"T": 1.0, "replicas": [{"trajectory": "dump.melt"}]}]})");
        const core::EnsembleSums sums =
            core::computeEnsembleSums(core::discoverEnsemble(path("steps")), {});
        QCOMPARE(sums.temperatures.at(0).replicas.at(0).segments.size(), std::size_t(1));
        QCOMPARE(sums.temperatures.at(0).replicas.at(0).segments.at(0).frames, std::int64_t(3));
        // And 10 steps per segment splits the frames at timesteps 0, 10, 20 into three.
        test::writeText(path("steps/manifest.json"),
                        R"({"dt": 0.005, "segment_steps": 10, "temperatures": [)"
                        R"({"T": 1.0, "replicas": [{"trajectory": "dump.melt"}]}]})");
        QCOMPARE(core::computeEnsembleSums(core::discoverEnsemble(path("steps")), {})
                     .temperatures.at(0)
                     .replicas.at(0)
                     .segments.size(),
                 std::size_t(3));
    }

    void invalidManifest() {
        std::filesystem::create_directories(path("man"));
        test::writeText(path("man/manifest.json"),
                        "{\"temperatures\": [ {\"T\": 0.5, \"replicas\": [ {} ] } ]}");
        try {
            core::discoverEnsemble(path("man"));
            QFAIL("no error");
        } catch (const core::InputError& e) {
            QCOMPARE(e.file(), path("man/manifest.json"));
            QVERIFY(std::string(e.what()).find("neither") != std::string::npos);
        }
        test::writeText(path("man/manifest.json"), "{\"temperatures\": [");
        try {
            core::discoverEnsemble(path("man"));
            QFAIL("no error");
        } catch (const core::InputError& e) {
            QVERIFY(std::string(e.what()).find("invalid JSON") != std::string::npos);
        }
    }

    void dcdErrors() {
        test::BrownianSpec spec;
        spec.atoms = 50;
        spec.density = 0.05;
        spec.timesteps = {0, 10, 20};
        test::writeDcd(path("ok.dcd"), test::brownianFrames(spec), 10);
        std::filesystem::copy_file(path("ok.dcd"), path("cut.dcd"));
        std::filesystem::resize_file(path("cut.dcd"),
                                     std::filesystem::file_size(path("ok.dcd")) - 100);
        const auto e = errorOf(path("cut.dcd"));
        QCOMPARE(e.file(), path("cut.dcd"));
        QVERIFY2(std::string(e.what()).find("truncated") != std::string::npos, e.what());
        QVERIFY(std::string(e.what()).find("frame 3") != std::string::npos);
        test::writeText(path("junk.dcd"),
                        "definitely not a dcd file at all, but long enough for a header");
        const auto j = errorOf(path("junk.dcd"));
        QVERIFY2(std::string(j.what()).find("not a DCD") != std::string::npos, j.what());
    }

    void damagedCachesAreRefusedBeforeTheAveraging() {
        // A results cache that decodes but does not fit its species (found while writing
        // fuzz_cache: the averaging wrote past its channels) or holds impossible counts is refused
        // whole.
        std::filesystem::create_directories(path("cache/T1/r0"));
        test::writeLammpsDump(path("cache/T1/r0/seg0.lammpstrj"), smallFrames(), {});
        core::SumsArchive archive;
        archive.sums = core::computeEnsembleSums(core::discoverEnsemble(path("cache")), {});
        const auto good = core::encodeArchive(archive);
        QCOMPARE(core::decodeArchive(good).sums.temperatures.size(), std::size_t(1));
        // One changed byte anywhere (a number of the sums, a label, the checksum, the
        // envelope) and the cache is refused: never adopted with a silently wrong number.
        for (std::size_t k = 0; k < good.size(); ++k) {
            auto bad = good;
            bad[k] ^= std::uint8_t(1u << (k % 8));
            QVERIFY_THROWS_EXCEPTION(std::runtime_error, core::decodeArchive(bad));
        }
        // Content that was sealed as it is, but does not fit together.
        auto damaged = [&](auto&& edit) {
            nlohmann::json j = nlohmann::json::from_cbor(core::unsealArchive(good));
            edit(j["temperatures"][0]["replicas"][0]["segments"][0]);
            try {
                core::decodeArchive(core::sealArchive(nlohmann::json::to_cbor(j)));
            } catch (const std::runtime_error& e) {
                return std::string(e.what());
            }
            return std::string("adopted");
        };
        QVERIFY(damaged([](nlohmann::json& s) {
                    s["lags"][1][1].erase(0);
                }).find("channels where the species give") != std::string::npos);
        QVERIFY(damaged([](nlohmann::json& s) { s["origins"] = -3; }).find("count") !=
                std::string::npos);
        QVERIFY(damaged([](nlohmann::json& s) {
                    s["lags"][1][0] = s["lags"][0][0];
                }).find("repeated lag") != std::string::npos);
        // Wave numbers beyond the first (the dispersion): kept through the cache; a list that
        // the sums do not hold, or an impossible q, is refused.
        core::CorrelatorSettings withExtraQ;
        withExtraQ.extraQ = {5.0, 9.0};
        core::SumsArchive dispersion;
        dispersion.sums =
            core::computeEnsembleSums(core::discoverEnsemble(path("cache")), withExtraQ);
        const auto kept = core::decodeArchive(core::encodeArchive(dispersion));
        const auto& before = dispersion.sums.temperatures[0].replicas[0].segments[0];
        const auto& after = kept.sums.temperatures[0].replicas[0].segments[0];
        QCOMPARE(after.extraQ, withExtraQ.extraQ);
        QCOMPARE(after.byLag.size(), before.byLag.size());
        for (const auto& [lag, sums] : before.byLag) {
            QCOMPARE(after.byLag.at(lag).size(), sums.size());
            for (std::size_t c = 0; c < sums.size(); ++c)
                QCOMPARE(after.byLag.at(lag)[c].sum, sums[c].sum);
        }
        QVERIFY(damaged([](nlohmann::json& s) {
                    s["extra_q"] = {5.0};
                }).find("channels where the species give") != std::string::npos);
        QVERIFY(damaged([](nlohmann::json& s) {
                    s["extra_q"] = nlohmann::json::array();
                    for (int k = 0; k < 16; ++k)
                        s["extra_q"].push_back(1.0 + k);
                }).find("wave numbers") != std::string::npos);
        QVERIFY(damaged([](nlohmann::json& s) { s["extra_q"] = {-5.0}; }).find("wave numbers") !=
                std::string::npos);
    }

    void gsdErrors() {
        // Each with the file, the frame where there is one, and what is wrong.
        auto expectWords = [](const core::InputError& e, const std::string& file,
                              const std::string& words) {
            QCOMPARE(e.file(), file);
            QVERIFY2(std::string(e.what()).find(words) != std::string::npos, e.what());
        };
        const auto frames = smallFrames();
        test::writeGsd(path("ok.gsd"), frames);
        QCOMPARE(test::readAllFrames(path("ok.gsd")).size(), frames.size());

        test::writeText(path("junk.gsd"), "not a GSD file\n");
        expectWords(errorOf(path("junk.gsd")), path("junk.gsd"), "not a GSD file");
        std::filesystem::copy_file(path("ok.gsd"), path("cut.gsd"));
        std::filesystem::resize_file(path("cut.gsd"),
                                     std::filesystem::file_size(path("ok.gsd")) - 40);
        expectWords(errorOf(path("cut.gsd")), path("cut.gsd"), "outside the file");
        { // Every index entry of 10 rows x 3 columns (position, image) claims 10^12 rows.
            std::filesystem::copy_file(path("ok.gsd"), path("claims.gsd"));
            std::fstream f(path("claims.gsd"), std::ios::in | std::ios::out | std::ios::binary);
            std::uint64_t indexAt = 0;
            f.seekg(8).read(reinterpret_cast<char*>(&indexAt), 8);
            int patched = 0;
            for (std::uint64_t at = indexAt;; at += 32) {
                std::uint64_t rows = 0;
                std::int64_t location = 0;
                std::uint32_t columns = 0;
                f.seekg(std::streamoff(at + 8)).read(reinterpret_cast<char*>(&rows), 8);
                f.read(reinterpret_cast<char*>(&location), 8);
                f.read(reinterpret_cast<char*>(&columns), 4);
                if (!f || location == 0)
                    break;
                if (rows == 10 && columns == 3) {
                    const std::uint64_t claim = 1'000'000'000'000;
                    f.seekp(std::streamoff(at + 8)).write(reinterpret_cast<const char*>(&claim), 8);
                    ++patched;
                }
            }
            QVERIFY(patched >= 1);
        }
        expectWords(errorOf(path("claims.gsd")), path("claims.gsd"), "outside the file");
        test::writeGsd(path("flat.gsd"), frames, {.dimensions = 2});
        expectWords(errorOf(path("flat.gsd")), path("flat.gsd"),
                    "2-dimensional system (configuration/dimensions): only 3D systems are "
                    "analysed (at frame 1)");
        test::writeGsd(path("other.gsd"), frames, {.schema = "md-analysis"});
        expectWords(errorOf(path("other.gsd")), path("other.gsd"),
                    "GSD schema 'md-analysis' is not read");
        test::writeGsd(path("nopos.gsd"), frames, {.positions = false});
        expectWords(errorOf(path("nopos.gsd")), path("nopos.gsd"), "no particles/position");
        test::writeGsd(path("types.gsd"), frames, {.typeIdShift = 5000});
        expectWords(errorOf(path("types.gsd")), path("types.gsd"), "outside 0..999");
        // Without images the positions are wrapped and unwrapped by jumps.
        test::writeGsd(path("wrapped.gsd"), frames, {.images = false});
        QCOMPARE(test::readAllFrames(path("wrapped.gsd")).front().kind,
                 core::CoordinateKind::Wrapped);
    }

    void h5mdErrors() {
        auto expectWords = [](const core::InputError& e, const std::string& file,
                              const std::string& words) {
            QCOMPARE(e.file(), file);
            QVERIFY2(std::string(e.what()).find(words) != std::string::npos, e.what());
        };
        const auto frames = smallFrames();
        test::writeH5md(path("ok.h5md"), frames);
        QCOMPARE(test::readAllFrames(path("ok.h5md")).size(), frames.size());

        test::writeText(path("junk.h5md"), "not HDF5 at all\n");
        expectWords(errorOf(path("junk.h5md")), path("junk.h5md"), "not an HDF5 file");

        std::filesystem::copy_file(path("ok.h5md"), path("cut.h5md"));
        std::filesystem::resize_file(path("cut.h5md"),
                                     std::filesystem::file_size(path("ok.h5md")) / 2);
        QCOMPARE(errorOf(path("cut.h5md")).file(), path("cut.h5md"));

        test::H5mdStyle open;
        open.boundary = "none";
        test::writeH5md(path("open.h5md"), frames, open);
        expectWords(errorOf(path("open.h5md")), path("open.h5md"), "\"none\" boundary");

        // Damage one element at a time with the HDF5 API.
        auto damaged = [&](const std::string& name, auto&& damage) {
            test::writeH5md(path(name), frames);
            const hid_t file = H5Fopen(path(name).c_str(), H5F_ACC_RDWR, H5P_DEFAULT);
            damage(file);
            H5Fclose(file);
            return errorOf(path(name));
        };
        expectWords(damaged("nopos.h5md",
                            [](hid_t f) { H5Ldelete(f, "/particles/all/position", H5P_DEFAULT); }),
                    path("nopos.h5md"), "no particle group with positions");
        expectWords(
            damaged("nobox.h5md", [](hid_t f) { H5Ldelete(f, "/particles/all/box", H5P_DEFAULT); }),
            path("nobox.h5md"), "/particles/all/box");
        expectWords(damaged("steps.h5md",
                            [](hid_t f) {
                                H5Ldelete(f, "/particles/all/position/step", H5P_DEFAULT);
                                const long long steps[2] = {0, 10};
                                const hsize_t two = 2;
                                const hid_t space = H5Screate_simple(1, &two, nullptr);
                                const hid_t set =
                                    H5Dcreate2(f, "/particles/all/position/step", H5T_STD_I64LE,
                                               space, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
                                H5Dwrite(set, H5T_NATIVE_LLONG, H5S_ALL, H5S_ALL, H5P_DEFAULT,
                                         steps);
                                H5Dclose(set);
                                H5Sclose(space);
                            }),
                    path("steps.h5md"), "step has 2 entries for 3 samples");
        expectWords(damaged("increment.h5md",
                            [](hid_t f) {
                                // A scalar step is an increment; found by the H5MD fuzzer: an
                                // extreme one overflowed.
                                H5Ldelete(f, "/particles/all/position/step", H5P_DEFAULT);
                                const long long increment = -9;
                                const hid_t space = H5Screate(H5S_SCALAR);
                                const hid_t set =
                                    H5Dcreate2(f, "/particles/all/position/step", H5T_STD_I64LE,
                                               space, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
                                H5Dwrite(set, H5T_NATIVE_LLONG, H5S_ALL, H5S_ALL, H5P_DEFAULT,
                                         &increment);
                                H5Dclose(set);
                                H5Sclose(space);
                            }),
                    path("increment.h5md"), "increment that is not positive");
        expectWords(
            damaged("nan.h5md",
                    [](hid_t f) {
                        const hid_t set = H5Dopen2(f, "/particles/all/position/value", H5P_DEFAULT);
                        const hid_t space = H5Dget_space(set);
                        const hsize_t start[3] = {1, 4, 2}, count[3] = {1, 1, 1};
                        H5Sselect_hyperslab(space, H5S_SELECT_SET, start, nullptr, count, nullptr);
                        const hid_t one = H5Screate_simple(3, count, nullptr);
                        const double nan = std::nan("");
                        H5Dwrite(set, H5T_NATIVE_DOUBLE, one, space, H5P_DEFAULT, &nan);
                        H5Sclose(one);
                        H5Sclose(space);
                        H5Dclose(set);
                    }),
            path("nan.h5md"), "not a finite number (frame 2)");
        // Resource limits (issue 16): a chunked dataset may claim any shape with no chunk
        // written. Memory follows what the file stores, so such claims fail at once.
        auto claiming = [](hsize_t rows, hsize_t atoms, const char* element) {
            return [=](hid_t f) {
                const std::string at = std::string("/particles/all/") + element + "/value";
                H5Ldelete(f, at.c_str(), H5P_DEFAULT);
                const hsize_t dims[3] = {rows, atoms, 3}, chunk[3] = {1, 1, 3};
                const hid_t space = H5Screate_simple(3, dims, nullptr);
                const hid_t layout = H5Pcreate(H5P_DATASET_CREATE);
                H5Pset_chunk(layout, 3, chunk);
                H5Dclose(H5Dcreate2(f, at.c_str(), H5T_IEEE_F64LE, space, H5P_DEFAULT, layout,
                                    H5P_DEFAULT));
                H5Pclose(layout);
                H5Sclose(space);
            };
        };
        expectWords(damaged("frames.h5md", claiming(1'000'000'000'000, 10, "position")),
                    path("frames.h5md"), "position/value claims 3e+13 values of 8 bytes");
        expectWords(damaged("atoms.h5md", claiming(3, 90'000'000, "position")), path("atoms.h5md"),
                    "but the file stores 0 bytes of them");
        expectWords(damaged("images.h5md", claiming(3, 90'000'000, "image")), path("images.h5md"),
                    "image/value claims 8.1e+08 values");
    }

    void theFirstBadAtomLineIsReportedWhateverTheParsingOrder() {
        // Atom lines are parsed in parallel chunks of 4096; with bad lines in a late and an
        // early chunk, the early one (file order) is reported, for 1 and 2 threads alike.
        std::vector<std::string> text = {"ITEM: TIMESTEP",
                                         "0",
                                         "ITEM: NUMBER OF ATOMS",
                                         "10000",
                                         "ITEM: BOX BOUNDS pp pp pp",
                                         "0 30",
                                         "0 30",
                                         "0 30",
                                         "ITEM: ATOMS id type x y z"};
        for (int a = 1; a <= 10000; ++a)
            text.push_back(std::to_string(a) + " 1 " + std::to_string(a % 30) + " 1 2");
        text[9 + 9000 - 1] = "9000 1 1.0 oops 2";
        text[9 + 5000 - 1] = "5000 1 1.0 2.0";
        const std::string file = write("late.lammpstrj", text);
        for (int threads : {1, 2}) {
            tbb::global_control limit(tbb::global_control::max_allowed_parallelism,
                                      std::size_t(threads));
            expect(errorOf(file), file, 9 + 5000, "atom line has 4 fields");
        }
    }

    void rejectedFilesLeaveNoOpenDescriptor() {
        // Found by the DCD fuzzer in CI ("too many open files"): a reader whose constructor
        // threw kept its file open. Each format's header error, 200 times over.
        test::writeText(path("junk2.dcd"), "definitely not a dcd file at all, but long enough");
        test::writeText(path("junk2.h5md"), "not HDF5 either\n");
        test::writeText(path("junk2.lammpstrj"), "ITEM: NONSENSE\n");
        test::writeText(path("junk2.xyz"), "not a count\n");
        test::writeText(path("junk2.gsd"), "not a GSD file, long enough to be read as a header");
        auto openDescriptors = [] {
            return std::distance(std::filesystem::directory_iterator("/proc/self/fd"),
                                 std::filesystem::directory_iterator{});
        };
        const auto before = openDescriptors();
        for (int k = 0; k < 200; ++k)
            for (const char* name :
                 {"junk2.dcd", "junk2.h5md", "junk2.lammpstrj", "junk2.xyz", "junk2.gsd"})
                QCOMPARE(errorOf(path(name)).file(), path(name));
        QCOMPARE(openDescriptors(), before);
    }

    void headersClaimingHugeAtomCountsDoNotAllocate() {
        // Found by the DCD fuzzer: memory must follow the file, not the header's claim.
        expect(errorOf(write("huge.lammpstrj",
                             {"ITEM: TIMESTEP", "0", "ITEM: NUMBER OF ATOMS", "900000000000",
                              "ITEM: BOX BOUNDS pp pp pp", "0 9", "0 9", "0 9",
                              "ITEM: ATOMS id type x y z", "1 1 0 0 0"})),
               path("huge.lammpstrj"), 11, "unexpected end of file");
        expect(errorOf(
                   write("huge.xyz", {"900000000000", "Lattice=\"9 0 0 0 9 0 0 0 9\"", "A 0 0 0"})),
               path("huge.xyz"), 4, "expected 900000000000 atom lines, got 1");
        const std::string dcd =
            std::string(TX_SOURCE_DIR) + "/fuzz/corpus/dcd/regression-huge-allocation.dcd";
        QCOMPARE(errorOf(dcd).file(), dcd); // a clean InputError naming the file, no allocation
    }

    void extendedXyzErrors() {
        expect(
            errorOf(write("a.xyz", {"2", "Properties=species:S:1:pos:R:3", "A 0 0 0", "A 1 1 1"})),
            path("a.xyz"), 2, "no Lattice");
        expect(
            errorOf(write("b.xyz", {"3", "Lattice=\"9 0 0 0 9 0 0 0 9\"", "A 0 0 0", "A 1 1 1"})),
            path("b.xyz"), 5, "expected 3 atom lines, got 2");
        expect(
            errorOf(write("c.xyz", {"2", "Lattice=\"9 0 0 0 9 0 0 0 9\"", "A 0 0 0", "A 1 x 1"})),
            path("c.xyz"), 4, "non-numeric coordinate 'x'");
    }
};

QTEST_APPLESS_MAIN(TestBadInput)
#include "tst_bad_input.moc"
