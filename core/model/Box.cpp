#include "core/model/Box.h"

#include <cmath>

namespace tx::core {

Box::Box(const Eigen::Vector3d& origin, const Eigen::Matrix3d& cellVectors)
    : m_origin(origin), m_h(cellVectors), m_hInv(cellVectors.inverse()),
      m_orthogonal(!isTriclinic()) {}

Box Box::orthogonal(const Eigen::Vector3d& lo, const Eigen::Vector3d& hi) {
    return Box(lo, (hi - lo).asDiagonal());
}

Box Box::triclinic(const Eigen::Vector3d& lo, const Eigen::Vector3d& hi, double xy, double xz,
                   double yz) {
    Eigen::Matrix3d h = (hi - lo).asDiagonal();
    h(0, 1) = xy;
    h(0, 2) = xz;
    h(1, 2) = yz;
    return Box(lo, h);
}

bool Box::isTriclinic() const {
    return m_h(0, 1) != 0.0 || m_h(0, 2) != 0.0 || m_h(1, 2) != 0.0 || m_h(1, 0) != 0.0 ||
           m_h(2, 0) != 0.0 || m_h(2, 1) != 0.0;
}

Eigen::Vector3d Box::perpendicularWidths() const {
    const Eigen::Vector3d a = m_h.col(0), b = m_h.col(1), c = m_h.col(2);
    const double v = volume();
    return {v / b.cross(c).norm(), v / c.cross(a).norm(), v / a.cross(b).norm()};
}

Eigen::Vector3d Box::triclinicMinimumImage(const Eigen::Vector3d& d) const {
    Eigen::Vector3d s = m_hInv * d;
    for (int k = 0; k < 3; ++k)
        s[k] -= nearestInteger(s[k]);
    return m_h * s;
}

} // namespace tx::core
