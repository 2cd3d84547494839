#pragma once
// A periodic simulation cell, orthogonal or triclinic (LAMMPS convention: a along x,
// b in the xy plane, c anywhere), with the minimum-image convention.
#include <Eigen/Dense>
#include <cmath>

namespace tx::core {

class Box {
public:
    Box() : Box(Eigen::Vector3d::Zero(), Eigen::Matrix3d::Identity()) {}
    // cellVectors holds a, b, c as columns.
    Box(const Eigen::Vector3d& origin, const Eigen::Matrix3d& cellVectors);

    static Box orthogonal(const Eigen::Vector3d& lo, const Eigen::Vector3d& hi);
    // LAMMPS restricted triclinic from the true (not bounding) lo/hi and tilts.
    static Box triclinic(const Eigen::Vector3d& lo, const Eigen::Vector3d& hi, double xy, double xz,
                         double yz);

    const Eigen::Vector3d& origin() const { return m_origin; }
    const Eigen::Matrix3d& cellVectors() const { return m_h; }
    bool isTriclinic() const;
    double volume() const { return std::abs(m_h.determinant()); }
    // Distance between opposite faces along each cell direction (what a cutoff must fit in).
    Eigen::Vector3d perpendicularWidths() const;

    Eigen::Vector3d toFractional(const Eigen::Vector3d& r) const { return m_hInv * (r - m_origin); }
    Eigen::Vector3d fromFractional(const Eigen::Vector3d& s) const { return m_origin + m_h * s; }
    // Image of the separation d that is nearest the origin (exact while |d| < half a width).
    // Inline, with a per-axis path for orthogonal boxes: the neighbour search calls it for
    // every candidate pair. Both paths give the same bits on an orthogonal box (the
    // off-diagonal terms they skip are exact zeros).
    Eigen::Vector3d minimumImage(const Eigen::Vector3d& d) const {
        if (!m_orthogonal)
            return triclinicMinimumImage(d);
        Eigen::Vector3d out;
        for (int k = 0; k < 3; ++k) {
            double s = m_hInv(k, k) * d[k];
            s -= nearestInteger(s);
            out[k] = m_h(k, k) * s;
        }
        return out;
    }
    Eigen::Vector3d imageShift(const Eigen::Vector3i& image) const {
        return m_h * image.cast<double>();
    }

    // std::nearbyint(s), without its call into libm (x86-64's baseline has no rounding
    // instruction): adding and subtracting 1.5 * 2^52 rounds to an integer in the current
    // rounding mode, exactly as nearbyint does, while |s| < 2^51.
    static double nearestInteger(double s) {
        constexpr double kShift = 6755399441055744.0; // 1.5 * 2^52
        if (std::abs(s) >= 0x1p51)
            return std::nearbyint(s);
        return (s + kShift) - kShift; // not folded: IEEE arithmetic, no -ffast-math
    }

private:
    Eigen::Vector3d triclinicMinimumImage(const Eigen::Vector3d& d) const;

    Eigen::Vector3d m_origin;
    Eigen::Matrix3d m_h;
    Eigen::Matrix3d m_hInv;
    bool m_orthogonal;
};

} // namespace tx::core
