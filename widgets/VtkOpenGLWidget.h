#pragma once
// VTK 9 inside a Qt 6 QOpenGLWidget (Debian's VTK Qt module is built for Qt 5 and must not be
// linked): a vtkGenericOpenGLRenderWindow drawn into the widget's framebuffer, and Qt mouse
// events forwarded to a vtkGenericRenderWindowInteractor. See docs/stack.md ("The VTK adapter").
// Needs a real OpenGL platform (xcb/GLX, Xvfb in CI); never create it under the offscreen QPA.
#include <QOpenGLWidget>
#include <vtkNew.h>
#include <vtkSmartPointer.h>

class vtkGenericOpenGLRenderWindow;
class vtkGenericRenderWindowInteractor;
class vtkRenderer;
class vtkObject;

namespace tx::widgets {

class VtkOpenGLWidget : public QOpenGLWidget {
    Q_OBJECT
public:
    explicit VtkOpenGLWidget(QWidget* parent = nullptr);
    ~VtkOpenGLWidget() override;

    vtkRenderer* renderer() const { return m_renderer; }
    vtkGenericOpenGLRenderWindow* renderWindow() const { return m_window; }
    vtkGenericRenderWindowInteractor* interactor() const { return m_interactor; }
    // Frames painted so far (for frames-per-second measurements).
    qint64 framesPainted() const { return m_frames; }

    // Call before the QApplication exists: OpenGL 3.2 core, as VTK 9 requires.
    static void setDefaultSurfaceFormat();
    // False on platforms without OpenGL widgets (offscreen, minimal).
    static bool isSupported();

signals:
    void clicked(int x, int y); // a press and release without a drag, in widget pixels
    void interactionStarted();  // a mouse button went down (rotate, pan, zoom)
    void interactionFinished();

protected:
    void initializeGL() override;
    void resizeGL(int w, int h) override;
    void paintGL() override;
    void mousePressEvent(QMouseEvent* e) override;
    void mouseMoveEvent(QMouseEvent* e) override;
    void mouseReleaseEvent(QMouseEvent* e) override;
    void wheelEvent(QWheelEvent* e) override;

private:
    void makeCurrentForVtk(vtkObject*, unsigned long, void*);
    void isCurrentForVtk(vtkObject*, unsigned long, void* callData);
    void frameForVtk(vtkObject*, unsigned long, void*);
    void renderRequested(vtkObject*, unsigned long, void*);
    void forwardMouse(QMouseEvent* e, unsigned long vtkEvent);
    void finalize();

    vtkGenericOpenGLRenderWindow* m_window;
    vtkGenericRenderWindowInteractor* m_interactor;
    vtkRenderer* m_renderer;
    bool m_inPaint = false;
    qint64 m_frames = 0;
    QPoint m_pressAt;
    bool m_dragged = false;
};

} // namespace tx::widgets
