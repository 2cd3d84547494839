#pragma once
// H5MD trajectories (HDF5, https://www.nongnu.org/h5md/, as LAMMPS's "dump h5md" writes
// them). Read from /particles/<group>/ (the group "all" when there are several):
//   position  [F][N][3], float or double, with step [F] (or a scalar increment + offset)
//   box       attribute boundary = periodic, edges [3] or [3][3] (rows are the cell
//             vectors), fixed or time-dependent (group with value/step)
//   id        [N] or time-dependent [F][N], optional: atoms are 1..N in file order without
//   species   [N] or time-dependent [F][N], optional: type 1 without; shifted by +1 when
//             the file's species start at 0, so that types stay 1-based as in LAMMPS
//   image     [F][N][3], optional: with it positions are unwrapped exactly, without it
//             they are taken as wrapped (see ReaderOptions) and unwrapped by jumps.
// A time-dependent element sampled less often than the positions (a box written every
// tenth frame) contributes its latest sample at or before each position step.
#include "core/io/FrameSource.h"
#include "core/io/Hdf5Object.h"

#include <optional>
#include <vector>

namespace tx::core {

class H5mdReader final : public FrameSource {
public:
    H5mdReader(const std::string& path, bool positionsWrapped);
    bool next(Frame& frame) override;
    const std::string& name() const override { return m_path; }
    std::uint64_t bytesRead() const override;

private:
    // A fixed (one sample) or time-dependent (group with value and step) H5MD element.
    struct Element {
        std::string path; // inside the file, for messages
        hdf5::Object value;
        bool timeDependent = false;
        std::vector<long long> steps;    // one per row of value when time-dependent
        bool holdsIntegers = false;      // the dataset's type (integers or an enum), looked up
        bool holdsFloats = false;        // once
        std::size_t sampleShapeRank = 0; // dimensions of one sample (box edges: 1 or 2)
    };
    // rowFor's answer for an element with a single, fixed sample.
    static constexpr hsize_t kFixedSample = hsize_t(-1);
    [[noreturn]] void fail(const std::string& message) const;
    std::optional<Element> openElement(hid_t parent, const std::string& parentPath,
                                       const std::string& name, bool required) const;
    std::vector<long long> stepsOf(hid_t group, const std::string& elementPath, hsize_t rows) const;
    // The row of a time-dependent element for the position step; -1 for a fixed element.
    hsize_t rowFor(const Element& element, long long step) const;
    template <class T>
    void readSample(const Element& element, long long step, std::size_t expected,
                    std::vector<T>& out) const;
    void readDoubles(const Element& element, long long step, std::size_t expected,
                     std::vector<double>& out) const;
    void readIntegers(const Element& element, long long step, std::size_t expected,
                      std::vector<long long>& out) const;
    Box boxAt(long long step) const;

    std::string m_path;
    bool m_wrapped;
    hdf5::Object m_file;
    hdf5::Object m_particles; // /particles/<group>
    std::string m_groupPath;
    Element m_position, m_box;
    std::optional<Element> m_id, m_species, m_image;
    std::size_t m_atoms = 0;
    std::size_t m_frameIndex = 0;
    bool m_reading = false;  // errors name the frame once frames are being read
    int m_speciesOffset = 0; // +1 when species are 0-based
    std::uint64_t m_fileSize = 0;
    std::vector<double> m_doubles;
    std::vector<long long> m_integers;
};

} // namespace tx::core
