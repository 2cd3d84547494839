#pragma once
// A periodic simulation cell, orthogonal or triclinic (LAMMPS convention: a along x,
// b in the xy plane, c anywhere), with the minimum-image convention.
#include <Eigen/Dense>

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
    Eigen::Vector3d minimumImage(const Eigen::Vector3d& d) const;
    Eigen::Vector3d imageShift(const Eigen::Vector3i& image) const {
        return m_h * image.cast<double>();
    }

private:
    Eigen::Vector3d m_origin;
    Eigen::Matrix3d m_h;
    Eigen::Matrix3d m_hInv;
};

} // namespace tx::core
