#include "core/correlate/Channels.h"

#include "core/correlate/SincKernel.h"
#include "core/model/Sentences.h"

#include <array>
#include <cmath>

namespace tx::core {

namespace {

// sin(q r) / (q r) with r the displacement length (the isotropic average of exp(iq.dr)).
void scattering(double* v, std::size_t n, const ChannelParameters& p) {
    sincOfLengthsInPlace(v, n, p.q);
}
void squared(double*, std::size_t, const ChannelParameters&) {} // the input itself
void quartic(double* v, std::size_t n, const ChannelParameters&) {
    for (std::size_t k = 0; k < n; ++k)
        v[k] *= v[k];
}
// Theta(a - |dr|): 1 while the atom is within a of where it was at the origin.
void overlap(double* v, std::size_t n, const ChannelParameters& p) {
    const double a2 = p.overlapLength * p.overlapLength;
    for (std::size_t k = 0; k < n; ++k)
        v[k] = v[k] < a2 ? 1.0 : 0.0;
}

using enum ChannelId;
using enum ChannelScope;
// clang-format off
constexpr std::array kChannels = {
    //      id                   column    scope  pair vector               contribution csv chi_4     plot title                            y axis
    Channel{SelfScattering,      "Fs",     Atom,  PairVector::None,         scattering,  0,  "chi4",   sentence::kSelfTitle,                     "F_s(q,t)"},
    Channel{SquaredDisplacement, "MSD",    Atom,  PairVector::None,         squared,     2,  "",       "",                                   "MSD"},
    Channel{QuarticDisplacement, "R4",     Atom,  PairVector::None,         quartic,     -1, "",       "",                                   "<r^4>"},
    Channel{Overlap,             "Q",      Atom,  PairVector::None,         overlap,     3,  "chi4_Q", sentence::kOverlapTitle,         "Q(t)"},
    Channel{PairPlus,            "Fplus",  Pair,  PairVector::CentreOfMass, scattering,  1,  "",       sentence::kPairPlusTitle,      "F_+(q,t)"},
    Channel{PairMinus,           "Fminus", Pair,  PairVector::Relative,     scattering,  1,  "",       sentence::kPairMinusTitle,            "F_−(q,t)"},
};
// clang-format on

constexpr bool tableInIdOrder() {
    for (std::size_t k = 0; k < kChannels.size(); ++k)
        if (indexOf(kChannels[k].id) != k)
            return false;
    return true;
}
static_assert(tableInIdOrder(), "kChannels must list the channels in ChannelId order");

} // namespace

std::span<const Channel> channels() {
    return kChannels;
}

const Channel& channel(ChannelId id) {
    return kChannels[indexOf(id)];
}

bool isScattering(const Channel& c) {
    return c.contribute == scattering;
}

int partCount(const Channel& c, const TypeSet& types) {
    return c.scope == ChannelScope::Atom ? types.count() : types.pairCount();
}

std::string partColumn(const Channel& c, const TypeSet& types, int part) {
    return std::string(c.column) + (c.scope == ChannelScope::Atom ? "_type" + types.label(part)
                                                                  : "_" + types.pairLabel(part));
}

} // namespace tx::core
