#ifndef NN_KERNELS_H
#define NN_KERNELS_H
// Element-wise optimizer updates over float32 arrays, in C so that the compiler vectorizes the
// square roots and divisions (Swift's SIMD square root is applied lane by lane). Each element
// follows the same float operations, in the same order, as PyTorch's single-tensor updates.
// Built without fused multiply-adds (FP_CONTRACT OFF) and without fast-math, so every
// result is the IEEE float32 value of that expression.

/// Weight-decay modes: none, L2 added to the gradient, decoupled (AdamW).
enum { NN_DECAY_NONE = 0, NN_DECAY_L2 = 1, NN_DECAY_DECOUPLED = 2 };

void nn_sgd_update(float *p, const float *g, float *buf, long n, float minus_lr, float wd, int decay,
                   float momentum, float one_minus_dampening, int first_step, int nesterov, int maximize);
void nn_adagrad_update(float *p, const float *g, float *sum, long n, float minus_clr, float wd, int decay, float eps,
                       int maximize);
void nn_rmsprop_update(float *p, const float *g, float *square_avg, float *buf, float *grad_avg, long n,
                       float alpha, float one_minus_alpha, float eps, float wd, int decay, float momentum,
                       float minus_lr, int centered, int maximize);
void nn_adam_update(float *p, const float *g, float *m, float *v, float *vmax, long n, float minus_step_size,
                    float bc2_sqrt, float w1, float b2, float w2, float eps, float wd, float decay_factor,
                    int decay, int amsgrad, int maximize);
void nn_adadelta_update(float *p, const float *g, float *square_avg, float *acc_delta, long n, float rho,
                        float one_minus_rho, float eps, float wd, int decay, float minus_lr, int maximize);
void nn_adamax_update(float *p, const float *g, float *m, float *u, long n, float w1, float b2, float eps, float wd,
                      int decay, float minus_clr, int maximize);
void nn_nadam_update(float *p, const float *g, float *m, float *v, long n, float w1, float b2, float w2, float bc2,
                     float eps, float wd, float decay_factor, int decay, float grad_coef, float avg_coef, int maximize);
void nn_radam_update(float *p, const float *g, float *m, float *v, long n, float w1, float b2, float w2, float bc1,
                     float lr, int rectify, float bc2_sqrt, float rect, float eps, float wd, float decay_factor,
                     int decay, int maximize);
void nn_rprop_update(float *p, const float *g, float *prev, float *step_size, long n, float etaminus, float etaplus,
                     float step_min, float step_max, int maximize);
void nn_asgd_update(float *p, const float *g, float *ax, long n, float decay_factor, float minus_eta, float mu,
                    int average, float wd, int decay, int maximize);
#endif
