#pragma once
// The correlator channels, declared once. A channel is an average over atoms (or over the
// nearest-neighbour pairs of the origin) of one contribution of each atom's (pair's)
// displacement since the time origin. The kernel (SegmentCorrelator), the per-segment sums
// (ChannelLayout), the averaging (AveragedCorrelators), the CSV writer and the plots read this
// table, so a new correlator is one row here plus its contribution function.
//
// Per-type (per-type-pair) parts are kept for every channel; the CSV writes a channel's
// all-atom column, then its parts, as "<column>_type<k>" (atoms) or "<column>_<a>-<b>" (pairs).
#include "core/model/TypeSet.h"

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

namespace tx::core {

// Row numbers of the table below.
enum class ChannelId : std::size_t {
    SelfScattering,      // F_s(q,t) = <sin(q|dr_i|) / (q|dr_i|)>
    SquaredDisplacement, // MSD = <|dr_i|^2>
    QuarticDisplacement, // <|dr_i|^4>, for alpha_2
    Overlap,             // Q(t) = <Theta(a - |dr_i|)>
    PairPlus,            // F_+(q,t) over |dr_+| = |dr_i + dr_j| / 2 (centre of mass)
    PairMinus,           // F_-(q,t) over |dr_-| = |dr_i - dr_j| / 2 (relative)
};

enum class ChannelScope { Atom, Pair };
// Which displacement a pair channel sees.
enum class PairVector { None, CentreOfMass, Relative };

struct ChannelParameters {
    double q = 7.25;            // wave number of the scattering channels
    double overlapLength = 0.3; // a of Q(t)
};

// In place over a block: in, each atom's (pair's) squared displacement length; out, its
// contribution to the channel.
using ChannelContribution = void (*)(double* values, std::size_t n, const ChannelParameters&);

struct Channel {
    ChannelId id;
    std::string_view column; // CSV column and key
    ChannelScope scope;
    PairVector vector;
    ChannelContribution contribute;
    // Channels of one block are written side by side (parts interleaved: Fplus_1-1,
    // Fminus_1-1, ...); -1: kept for a derived column only, not written.
    int csvBlock;
    // CSV column of chi_4 = N Var over origins of the per-origin mean; empty: none written.
    std::string_view susceptibilityColumn;
    std::string_view plotTitle; // empty: not offered on the Correlators page
    std::string_view axisLabel; // the plot's y axis
};

std::span<const Channel> channels();
const Channel& channel(ChannelId id);
constexpr std::size_t indexOf(ChannelId id) {
    return static_cast<std::size_t>(id);
}
// Whether a channel is sin(q|dr|)/(q|dr|) of its vector: the pair ones are summed by the
// fused pair kernel (PairKernel.h) rather than block by block.
bool isScattering(const Channel& c);
// How many parts a channel has for these species: types (atoms) or type pairs (pairs).
int partCount(const Channel& c, const TypeSet& types);
// The CSV column of one part: "Fs_type2", "Fplus_1-2".
std::string partColumn(const Channel& c, const TypeSet& types, int part);

} // namespace tx::core
