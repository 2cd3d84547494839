// The AVX2 path of nearPairs (NeighbourKernel.cpp calls it only on CPUs with AVX2), for the
// many CPUs without AVX-512. Compiled with -mavx2 -ffp-contract=off: intrinsics and plain
// loops only, and the squared distance rounded exactly as in the portable path (no fused
// multiply-add), so a pair at the cutoff is decided alike.
//
// AVX2 has no compressing store: the four candidates' pairs are packed with one permutation
// from a table indexed by the 4-bit mask of those that are near, and stored whole (32 bytes)
// at the end of what is kept, so up to three slots past the last pair are written (out has
// room for them: NeighbourKernel.h).
#include "core/correlate/NeighbourKernel.h"
#include "core/correlate/NeighbourKernelRuns.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <immintrin.h>

namespace tx::core {

static_assert(sizeof(NeighbourPair) == 8 && offsetof(NeighbourPair, j) == 4,
              "a pair is stored as two 32-bit values, i first");

namespace {

// For each mask of four lanes, the 32-bit indices that move the kept 64-bit lanes to the
// front, in order (what follows them is never read).
constexpr std::array<std::array<int, 8>, 16> packTable() {
    std::array<std::array<int, 8>, 16> table{};
    for (int mask = 0; mask < 16; ++mask) {
        int at = 0;
        for (int lane = 0; lane < 4; ++lane)
            if (mask & (1 << lane)) {
                table[std::size_t(mask)][std::size_t(2 * at)] = 2 * lane;
                table[std::size_t(mask)][std::size_t(2 * at + 1)] = 2 * lane + 1;
                ++at;
            }
    }
    return table;
}
alignas(32) constexpr auto kPack = packTable();

// One atom against members [b0, b1), four at a time. A last block of fewer than four loads
// only its members (masked loads and gather) and keeps none of the other lanes.
inline NeighbourPair* nearOne(const CellMembers& m, std::size_t b0, std::size_t b1, double ax,
                              double ay, double az, const double* cutSquared, std::uint32_t atom,
                              NeighbourPair* kept) {
    const __m256d x0 = _mm256_set1_pd(ax), y0 = _mm256_set1_pd(ay), z0 = _mm256_set1_pd(az);
    const __m128i self = _mm_set1_epi32(static_cast<int>(atom));
    const __m128i laneIndex = _mm_setr_epi32(0, 1, 2, 3);
    for (std::size_t b = b0; b < b1; b += 4) {
        const int left = static_cast<int>(std::min<std::size_t>(b1 - b, 4));
        const __m128i live = _mm_cmpgt_epi32(_mm_set1_epi32(left), laneIndex); // 32-bit lanes
        const __m256i liveWide = _mm256_cvtepi32_epi64(live);                  // 64-bit lanes
        const __m256d dx = _mm256_sub_pd(_mm256_maskload_pd(m.x + b, liveWide), x0);
        const __m256d dy = _mm256_sub_pd(_mm256_maskload_pd(m.y + b, liveWide), y0);
        const __m256d dz = _mm256_sub_pd(_mm256_maskload_pd(m.z + b, liveWide), z0);
        const __m256d d2 = _mm256_add_pd(
            _mm256_add_pd(_mm256_mul_pd(dx, dx), _mm256_mul_pd(dy, dy)), _mm256_mul_pd(dz, dz));
        const __m128i types = _mm_maskload_epi32(m.type + b, live);
        const __m256d cut = _mm256_mask_i32gather_pd(_mm256_setzero_pd(), cutSquared, types,
                                                     _mm256_castsi256_pd(liveWide), 8);
        const int near = _mm256_movemask_pd(_mm256_cmp_pd(d2, cut, _CMP_LT_OQ)) & ((1 << left) - 1);
        // (smaller, larger) atom index of each candidate, as four 64-bit lanes.
        const __m128i other = _mm_maskload_epi32(reinterpret_cast<const int*>(m.id + b), live);
        const __m128i low = _mm_min_epu32(self, other), high = _mm_max_epu32(self, other);
        const __m256i pairs =
            _mm256_set_m128i(_mm_unpackhi_epi32(low, high), _mm_unpacklo_epi32(low, high));
        const __m256i order =
            _mm256_load_si256(reinterpret_cast<const __m256i*>(kPack[std::size_t(near)].data()));
        _mm256_storeu_si256(reinterpret_cast<__m256i*>(kept),
                            _mm256_permutevar8x32_epi32(pairs, order));
        kept += std::popcount(static_cast<unsigned>(near));
    }
    return kept;
}

} // namespace

std::size_t nearPairsAvx2(const CellMembers& m, const CellRuns& r, const double* cutSquared,
                          int types, NeighbourPair* out) {
    return eachAtomOfRun(m, r, cutSquared, types, out,
                         [](const auto&... args) { return nearOne(args...); });
}

} // namespace tx::core
