// The AVX-512 path of nearPairs (NeighbourKernel.cpp calls it only on CPUs with AVX-512F).
// Compiled with -mavx512f -ffp-contract=off: intrinsics and plain loops only, and the squared
// distance rounded exactly as in the portable path (no fused multiply-add).
#include "core/correlate/NeighbourKernel.h"
#include "core/correlate/NeighbourKernelRuns.h"

#include <bit>
#include <cstddef>
#include <immintrin.h>

namespace tx::core {

static_assert(sizeof(NeighbourPair) == 8 && offsetof(NeighbourPair, j) == 4,
              "a pair is stored as one 64-bit value, i in its low half");

namespace {

// One atom against members [b0, b1), eight at a time.
inline NeighbourPair* nearOne(const CellMembers& m, std::size_t b0, std::size_t b1, double ax,
                              double ay, double az, const double* cutSquared, std::uint32_t atom,
                              NeighbourPair* kept) {
    const __m512d x0 = _mm512_set1_pd(ax), y0 = _mm512_set1_pd(ay), z0 = _mm512_set1_pd(az);
    const __m512i self = _mm512_set1_epi64(atom);
    for (std::size_t b = b0; b < b1; b += 8) {
        const std::size_t left = b1 - b;
        const auto live = static_cast<__mmask8>(left >= 8 ? 0xff : (1u << left) - 1);
        const __m512d dx = _mm512_sub_pd(_mm512_maskz_loadu_pd(live, m.x + b), x0);
        const __m512d dy = _mm512_sub_pd(_mm512_maskz_loadu_pd(live, m.y + b), y0);
        const __m512d dz = _mm512_sub_pd(_mm512_maskz_loadu_pd(live, m.z + b), z0);
        const __m512d d2 = _mm512_add_pd(
            _mm512_add_pd(_mm512_mul_pd(dx, dx), _mm512_mul_pd(dy, dy)), _mm512_mul_pd(dz, dz));
        // Eight 32-bit type indices and atom indices (a tail padded with zeros). Masked forms
        // with a zero source throughout: GCC 12 warns about the unmasked ones' undefined source.
        __m256i types, ids;
        if (left >= 8) {
            types = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(m.type + b));
            ids = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(m.id + b));
        } else {
            alignas(32) int t[8] = {};
            alignas(32) std::uint32_t i[8] = {};
            for (std::size_t k = 0; k < left; ++k) {
                t[k] = m.type[b + k];
                i[k] = m.id[b + k];
            }
            types = _mm256_load_si256(reinterpret_cast<const __m256i*>(t));
            ids = _mm256_load_si256(reinterpret_cast<const __m256i*>(i));
        }
        const __m512d cut =
            _mm512_mask_i32gather_pd(_mm512_setzero_pd(), live, types, cutSquared, 8);
        const __m512i other = _mm512_maskz_cvtepu32_epi64(0xff, ids);
        const __mmask8 near = _mm512_mask_cmp_pd_mask(live, d2, cut, _CMP_LT_OQ);
        // (smaller, larger) as one 64-bit value: i in the low half, j in the high half.
        const __m512i pair = _mm512_or_si512(
            _mm512_maskz_min_epu64(0xff, self, other),
            _mm512_maskz_slli_epi64(0xff, _mm512_maskz_max_epu64(0xff, self, other), 32));
        _mm512_mask_compressstoreu_epi64(kept, near, pair);
        kept += std::popcount(static_cast<unsigned>(near));
    }
    return kept;
}

} // namespace

std::size_t nearPairsAvx512(const CellMembers& m, const CellRuns& r, const double* cutSquared,
                            int types, NeighbourPair* out) {
    return eachAtomOfRun(m, r, cutSquared, types, out,
                         [](const auto&... args) { return nearOne(args...); });
}

} // namespace tx::core
