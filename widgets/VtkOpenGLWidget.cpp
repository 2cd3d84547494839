#include "widgets/VtkOpenGLWidget.h"

#include <QGuiApplication>
#include <QMouseEvent>
#include <QOpenGLContext>
#include <QOpenGLExtraFunctions>
#include <QOpenGLFunctions>
#include <QSurfaceFormat>
#include <vtkCommand.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkGenericRenderWindowInteractor.h>
#include <vtkInteractorStyleTrackballCamera.h>
#include <vtkOpenGLState.h>
#include <vtkRenderer.h>

namespace tx::widgets {

void VtkOpenGLWidget::setDefaultSurfaceFormat() {
    QSurfaceFormat fmt;
    fmt.setRenderableType(QSurfaceFormat::OpenGL);
    fmt.setVersion(3, 2);
    fmt.setProfile(QSurfaceFormat::CoreProfile);
    fmt.setRedBufferSize(8);
    fmt.setGreenBufferSize(8);
    fmt.setBlueBufferSize(8);
    fmt.setAlphaBufferSize(8);
    fmt.setDepthBufferSize(24);
    fmt.setStencilBufferSize(8); // depth 24 without stencil gives an unsupported FBO on Mesa
    fmt.setSamples(0);
    QSurfaceFormat::setDefaultFormat(fmt);
}

bool VtkOpenGLWidget::isSupported() {
    const QString platform = QGuiApplication::platformName();
    return platform != "offscreen" && platform != "minimal";
}

VtkOpenGLWidget::VtkOpenGLWidget(QWidget* parent)
    : QOpenGLWidget(parent), m_window(vtkGenericOpenGLRenderWindow::New()),
      m_interactor(vtkGenericRenderWindowInteractor::New()), m_renderer(vtkRenderer::New()) {
    m_window->AddRenderer(m_renderer);
    m_window->SetReadyForRendering(false); // until a GL context exists
    m_window->AddObserver(vtkCommand::WindowMakeCurrentEvent, this,
                          &VtkOpenGLWidget::makeCurrentForVtk);
    // Without this answer VTK renders nothing and says nothing (docs/stack.md).
    m_window->AddObserver(vtkCommand::WindowIsCurrentEvent, this,
                          &VtkOpenGLWidget::isCurrentForVtk);
    m_window->AddObserver(vtkCommand::WindowFrameEvent, this, &VtkOpenGLWidget::frameForVtk);
    m_interactor->SetRenderWindow(m_window);
    vtkNew<vtkInteractorStyleTrackballCamera> style;
    m_interactor->SetInteractorStyle(style);
    m_interactor->EnableRenderOff(); // VTK renders only inside paintGL
    m_interactor->AddObserver(vtkCommand::RenderEvent, this, &VtkOpenGLWidget::renderRequested);
    m_interactor->Initialize();
    setMouseTracking(false);
    setFocusPolicy(Qt::StrongFocus);
}

VtkOpenGLWidget::~VtkOpenGLWidget() {
    // QOpenGLWidget's destructor destroys the context after ours has run: no callback then.
    if (context())
        disconnect(context(), nullptr, this, nullptr);
    makeCurrent();
    finalize();
    doneCurrent();
    m_interactor->Delete();
    m_renderer->Delete();
    m_window->Delete();
}

void VtkOpenGLWidget::finalize() {
    if (m_window->GetReadyForRendering())
        m_window->Finalize();
    m_window->SetReadyForRendering(false);
}

void VtkOpenGLWidget::makeCurrentForVtk(vtkObject*, unsigned long, void*) {
    // Only when not current: QOpenGLWidget::makeCurrent() also rebinds Qt's framebuffer, and
    // doing that while VTK renders (Mesa, VTK 9.1) leaves Qt's framebuffer incomplete and the
    // panel black.
    if (QOpenGLContext::currentContext() != context())
        makeCurrent();
}

void VtkOpenGLWidget::isCurrentForVtk(vtkObject*, unsigned long, void* callData) {
    *static_cast<bool*>(callData) = QOpenGLContext::currentContext() == context();
}

void VtkOpenGLWidget::frameForVtk(vtkObject*, unsigned long, void*) {
    if (!m_inPaint)
        update();
}

void VtkOpenGLWidget::renderRequested(vtkObject*, unsigned long, void*) {
    update();
}

void VtkOpenGLWidget::initializeGL() {
    m_window->SetOwnContext(false);
    m_window->SetForceMaximumHardwareLineWidth(1);
    m_window->SetReadyForRendering(true);
    if (!m_window->InitializeFromCurrentContext())
        qWarning("VTK could not use the OpenGL %d.%d context", context()->format().majorVersion(),
                 context()->format().minorVersion());
    m_window->SetFrameBlitModeToNoBlit(); // paintGL blits VTK's frame into Qt's framebuffer
    m_window->SetMapped(1);
    connect(
        context(), &QOpenGLContext::aboutToBeDestroyed, this,
        [this] {
            makeCurrent();
            finalize();
            doneCurrent();
        },
        Qt::DirectConnection);
}

void VtkOpenGLWidget::resizeGL(int w, int h) {
    const qreal dpr = devicePixelRatioF();
    m_interactor->UpdateSize(int(w * dpr), int(h * dpr));
}

void VtkOpenGLWidget::paintGL() {
    if (!m_window->GetReadyForRendering())
        return;
    m_inPaint = true;
    // Qt changes GL state behind VTK's cache.
    m_window->GetState()->Reset();
    m_window->GetState()->Push();
    m_window->Render();
    m_window->GetState()->Pop();
    m_inPaint = false;
    // Copy VTK's display framebuffer into the one Qt composes from.
    QOpenGLFunctions* f = context()->functions();
    const qreal dpr = devicePixelRatioF();
    const int w = int(width() * dpr), h = int(height() * dpr);
    f->glDisable(GL_SCISSOR_TEST); // blits and clears obey it; VTK may leave it on
    f->glBindFramebuffer(GL_DRAW_FRAMEBUFFER, defaultFramebufferObject());
    const GLenum colour = GL_COLOR_ATTACHMENT0;
    context()->extraFunctions()->glDrawBuffers(1, &colour);
    m_window->BlitDisplayFramebuffer(0, 0, 0, w, h, 0, 0, w, h, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    f->glBindFramebuffer(GL_FRAMEBUFFER, defaultFramebufferObject());
    // VTK leaves alpha at 0; make the picture opaque (docs/stack.md).
    f->glColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_TRUE);
    f->glClearColor(0, 0, 0, 1);
    f->glClear(GL_COLOR_BUFFER_BIT);
    f->glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
    ++m_frames;
}

void VtkOpenGLWidget::forwardMouse(QMouseEvent* e, unsigned long vtkEvent) {
    const qreal dpr = devicePixelRatioF();
    m_interactor->SetEventInformationFlipY(int(e->position().x() * dpr),
                                           int(e->position().y() * dpr),
                                           (e->modifiers() & Qt::ControlModifier) ? 1 : 0,
                                           (e->modifiers() & Qt::ShiftModifier) ? 1 : 0, 0, 0);
    m_interactor->InvokeEvent(vtkEvent, e);
}

void VtkOpenGLWidget::mousePressEvent(QMouseEvent* e) {
    m_pressAt = e->position().toPoint();
    m_dragged = false;
    emit interactionStarted();
    forwardMouse(e, e->button() == Qt::LeftButton    ? vtkCommand::LeftButtonPressEvent
                    : e->button() == Qt::RightButton ? vtkCommand::RightButtonPressEvent
                                                     : vtkCommand::MiddleButtonPressEvent);
}

void VtkOpenGLWidget::mouseMoveEvent(QMouseEvent* e) {
    if ((e->position().toPoint() - m_pressAt).manhattanLength() > 3)
        m_dragged = true;
    forwardMouse(e, vtkCommand::MouseMoveEvent);
}

void VtkOpenGLWidget::mouseReleaseEvent(QMouseEvent* e) {
    forwardMouse(e, e->button() == Qt::LeftButton    ? vtkCommand::LeftButtonReleaseEvent
                    : e->button() == Qt::RightButton ? vtkCommand::RightButtonReleaseEvent
                                                     : vtkCommand::MiddleButtonReleaseEvent);
    emit interactionFinished();
    if (e->button() == Qt::LeftButton && !m_dragged)
        emit clicked(m_pressAt.x(), m_pressAt.y());
}

void VtkOpenGLWidget::wheelEvent(QWheelEvent* e) {
    const qreal dpr = devicePixelRatioF();
    m_interactor->SetEventInformationFlipY(int(e->position().x() * dpr),
                                           int(e->position().y() * dpr), 0, 0, 0, 0);
    m_interactor->InvokeEvent(e->angleDelta().y() > 0 ? vtkCommand::MouseWheelForwardEvent
                                                      : vtkCommand::MouseWheelBackwardEvent,
                              e);
}

} // namespace tx::widgets
