#include "nn_kernels.h"
#include <math.h>

// The package builds this file with SwiftPM's own options (-O2 in release), since a package
// used as a dependency may not set compiler flags: what the kernels need is said here instead.
//
// Every result is the IEEE float32 value of the written expression: no fused multiply-adds,
// which clang would otherwise form within an expression on a CPU that has them.
#pragma STDC FP_CONTRACT OFF

// The square root without errno: one instruction, vectorizable, with sqrtf's correctly rounded
// result (sqrtf may set errno, which keeps a loop that calls it scalar).
#ifdef __has_builtin
#if __has_builtin(__builtin_elementwise_sqrt)
#define NN_ELEMENTWISE_SQRT 1
#endif
#endif
static inline float nn_sqrt(float x) {
#ifdef NN_ELEMENTWISE_SQRT
    return __builtin_elementwise_sqrt(x);
#else
    return sqrtf(x);
#endif
}

// Each loop carries `#pragma clang loop vectorize(enable)`: without it clang's cost model leaves
// some of the baseline (SSE) clones scalar at -O2. A loop whose stores depend on a setting (Adam's
// amsgrad, RMSprop's centered and momentum) is an inline function called once for each value of
// that setting, so that each copy has plain stores: -O2 does not make these copies itself, and
// masked stores made Adam's update twice as slow. SGD, the update of the smallest steps, has a
// copy for its plainest settings too (no decay, maximize or nesterov): 42 % fewer instructions.
#define NN_INLINE static inline __attribute__((always_inline))

// Compiled twice, for AVX2 and for the baseline, and chosen at load time by the CPU.
#if defined(__x86_64__) && defined(__clang__)
#define NN_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define NN_CLONES
#endif

// torch.lerp: a + w (b - a) for w < 0.5, else b - (b - a)(1 - w).
static inline float lerp(float a, float b, float w, int low, float one_minus_w) {
    return low ? a + w * (b - a) : b - (b - a) * one_minus_w;
}

NN_INLINE void sgd_loop(float *restrict p, const float *restrict g, float *restrict buf, long n, float minus_lr,
                        float wd, int decay, float momentum, float one_minus_dampening, int first_step, int nesterov, int maximize) {
    if (!buf) {
        #pragma clang loop vectorize(enable)
        for (long i = 0; i < n; i++) {
            float gi = maximize ? -g[i] : g[i];
            if (decay) gi = gi + p[i] * wd;
            p[i] = p[i] + minus_lr * gi;
        }
        return;
    }
    #pragma clang loop vectorize(enable)
    for (long i = 0; i < n; i++) {
        float gi = maximize ? -g[i] : g[i];
        if (decay) gi = gi + p[i] * wd;
        float b = first_step ? gi : buf[i] * momentum + gi * one_minus_dampening;
        buf[i] = b;
        gi = nesterov ? gi + b * momentum : b;
        p[i] = p[i] + minus_lr * gi;
    }
}

NN_CLONES
void nn_sgd_update(float *restrict p, const float *restrict g, float *restrict buf, long n, float minus_lr, float wd,
                   int decay, float momentum, float one_minus_dampening, int first_step, int nesterov, int maximize) {
    if (!decay && !maximize && !first_step && !nesterov)
        sgd_loop(p, g, buf, n, minus_lr, wd, 0, momentum, one_minus_dampening, 0, 0, 0);
    else
        sgd_loop(p, g, buf, n, minus_lr, wd, decay, momentum, one_minus_dampening, first_step, nesterov, maximize);
}

NN_CLONES
void nn_adagrad_update(float *restrict p, const float *restrict g, float *restrict sum, long n, float minus_clr, float wd,
                       int decay, float eps, int maximize) {
    #pragma clang loop vectorize(enable)
    for (long i = 0; i < n; i++) {
        float gi = maximize ? -g[i] : g[i];
        if (decay) gi = gi + p[i] * wd;
        float s = sum[i] + gi * gi;
        sum[i] = s;
        p[i] = p[i] + minus_clr * gi / (nn_sqrt(s) + eps);
    }
}

NN_INLINE void rmsprop_loop(float *restrict p, const float *restrict g, float *restrict square_avg,
                             float *restrict buf, float *restrict grad_avg, long n, float alpha, float one_minus_alpha,
                             float eps, float wd, int decay, float momentum, float minus_lr, int centered, int maximize,
                             int with_momentum) {
    int low = one_minus_alpha < 0.5f;
    float one_minus_w = 1 - one_minus_alpha;
    #pragma clang loop vectorize(enable)
    for (long i = 0; i < n; i++) {
        float gi = maximize ? -g[i] : g[i];
        if (decay) gi = gi + p[i] * wd;
        float s = square_avg[i] * alpha + one_minus_alpha * gi * gi;
        square_avg[i] = s;
        float avg;
        if (centered) {
            float ga = lerp(grad_avg[i], gi, one_minus_alpha, low, one_minus_w);
            grad_avg[i] = ga;
            avg = nn_sqrt(s + -1 * ga * ga);
        } else {
            avg = nn_sqrt(s);
        }
        avg = avg + eps;
        if (with_momentum) {
            float b = buf[i] * momentum + gi / avg;
            buf[i] = b;
            p[i] = p[i] + minus_lr * b;
        } else {
            p[i] = p[i] + minus_lr * gi / avg;
        }
    }
}

NN_CLONES
void nn_rmsprop_update(float *restrict p, const float *restrict g, float *restrict square_avg, float *restrict buf,
                       float *restrict grad_avg, long n, float alpha, float one_minus_alpha, float eps, float wd, int decay,
                       float momentum, float minus_lr, int centered, int maximize) {
#define NN_RMSPROP(c, m) rmsprop_loop(p, g, square_avg, buf, grad_avg, n, alpha, one_minus_alpha, eps, wd, decay, \
                                      momentum, minus_lr, c, maximize, m)
    if (centered) { if (momentum > 0) NN_RMSPROP(1, 1); else NN_RMSPROP(1, 0); }
    else { if (momentum > 0) NN_RMSPROP(0, 1); else NN_RMSPROP(0, 0); }
#undef NN_RMSPROP
}

NN_INLINE void adam_loop(float *restrict p, const float *restrict g, float *restrict m, float *restrict v, float *restrict vmax,
                         long n, float minus_step_size, float bc2_sqrt, float w1, float b2, float w2, float eps, float wd,
                         float decay_factor, int decay, int amsgrad, int maximize) {
    int low = w1 < 0.5f;
    float one_minus_w1 = 1 - w1;
    #pragma clang loop vectorize(enable)
    for (long i = 0; i < n; i++) {
        float pi = p[i], gi = maximize ? -g[i] : g[i];
        if (decay == NN_DECAY_DECOUPLED) pi = pi * decay_factor;
        else if (decay == NN_DECAY_L2) gi = gi + pi * wd;
        float mi = lerp(m[i], gi, w1, low, one_minus_w1);
        float vi = v[i] * b2 + w2 * gi * gi;
        m[i] = mi;
        v[i] = vi;
        float vh = vi;
        if (amsgrad) { vh = vmax[i] > vi ? vmax[i] : vi; vmax[i] = vh; }
        float denom = nn_sqrt(vh) / bc2_sqrt + eps;
        p[i] = pi + minus_step_size * mi / denom;
    }
}

NN_CLONES
void nn_adam_update(float *restrict p, const float *restrict g, float *restrict m, float *restrict v, float *restrict vmax,
                    long n, float minus_step_size, float bc2_sqrt, float w1, float b2, float w2, float eps, float wd,
                    float decay_factor, int decay, int amsgrad, int maximize) {
    if (amsgrad) adam_loop(p, g, m, v, vmax, n, minus_step_size, bc2_sqrt, w1, b2, w2, eps, wd, decay_factor, decay, 1, maximize);
    else adam_loop(p, g, m, v, vmax, n, minus_step_size, bc2_sqrt, w1, b2, w2, eps, wd, decay_factor, decay, 0, maximize);
}

NN_CLONES
void nn_adadelta_update(float *restrict p, const float *restrict g, float *restrict square_avg, float *restrict acc_delta,
                        long n, float rho, float one_minus_rho, float eps, float wd, int decay, float minus_lr, int maximize) {
    #pragma clang loop vectorize(enable)
    for (long i = 0; i < n; i++) {
        float gi = maximize ? -g[i] : g[i];
        if (decay) gi = gi + p[i] * wd;
        float s = square_avg[i] * rho + one_minus_rho * gi * gi;
        square_avg[i] = s;
        float std = nn_sqrt(s + eps);
        float delta = nn_sqrt(acc_delta[i] + eps);
        delta = delta / std;
        delta = delta * gi;
        acc_delta[i] = acc_delta[i] * rho + one_minus_rho * delta * delta;
        p[i] = p[i] + minus_lr * delta;
    }
}

NN_CLONES
void nn_adamax_update(float *restrict p, const float *restrict g, float *restrict m, float *restrict u, long n, float w1,
                      float b2, float eps, float wd, int decay, float minus_clr, int maximize) {
    int low = w1 < 0.5f;
    float one_minus_w1 = 1 - w1;
    #pragma clang loop vectorize(enable)
    for (long i = 0; i < n; i++) {
        float gi = maximize ? -g[i] : g[i];
        if (decay) gi = gi + p[i] * wd;
        float mi = lerp(m[i], gi, w1, low, one_minus_w1);
        m[i] = mi;
        // torch.maximum, which keeps a NaN from either side
        float a = u[i] * b2, b = fabsf(gi) + eps;
        float ui = (a != a || a > b) ? a : b;
        u[i] = ui;
        p[i] = p[i] + minus_clr * mi / ui;
    }
}

NN_CLONES
void nn_nadam_update(float *restrict p, const float *restrict g, float *restrict m, float *restrict v, long n, float w1,
                     float b2, float w2, float bc2, float eps, float wd, float decay_factor, int decay, float grad_coef,
                     float avg_coef, int maximize) {
    int low = w1 < 0.5f;
    float one_minus_w1 = 1 - w1;
    #pragma clang loop vectorize(enable)
    for (long i = 0; i < n; i++) {
        float pi = p[i], gi = maximize ? -g[i] : g[i];
        if (decay == NN_DECAY_DECOUPLED) pi = pi * decay_factor;
        else if (decay == NN_DECAY_L2) gi = gi + pi * wd;
        float mi = lerp(m[i], gi, w1, low, one_minus_w1);
        float vi = v[i] * b2 + w2 * gi * gi;
        m[i] = mi;
        v[i] = vi;
        float denom = nn_sqrt(vi / bc2) + eps;
        pi = pi + grad_coef * gi / denom;
        p[i] = pi + avg_coef * mi / denom;
    }
}

NN_CLONES
void nn_radam_update(float *restrict p, const float *restrict g, float *restrict m, float *restrict v, long n, float w1,
                     float b2, float w2, float bc1, float lr, int rectify, float bc2_sqrt, float rect, float eps, float wd,
                     float decay_factor, int decay, int maximize) {
    int low = w1 < 0.5f;
    float one_minus_w1 = 1 - w1;
    #pragma clang loop vectorize(enable)
    for (long i = 0; i < n; i++) {
        float pi = p[i], gi = maximize ? -g[i] : g[i];
        if (decay == NN_DECAY_DECOUPLED) pi = pi * decay_factor;
        else if (decay == NN_DECAY_L2) gi = gi + pi * wd;
        float mi = lerp(m[i], gi, w1, low, one_minus_w1);
        float vi = v[i] * b2 + w2 * gi * gi;
        m[i] = mi;
        v[i] = vi;
        float u = mi / bc1 * lr;
        if (rectify) {
            float adaptive = 1 / (nn_sqrt(vi) + eps) * bc2_sqrt;
            u = u * adaptive * rect;
        }
        p[i] = pi + -1 * u;
    }
}

NN_CLONES
void nn_rprop_update(float *restrict p, const float *restrict g, float *restrict prev, float *restrict step_size, long n,
                     float etaminus, float etaplus, float step_min, float step_max, int maximize) {
    #pragma clang loop vectorize(enable)
    for (long i = 0; i < n; i++) {
        float gi = maximize ? -g[i] : g[i];
        float d = gi * prev[i];
        // sign(d) mapped to etaplus, etaminus or 1 (a NaN stays NaN)
        float s = d > 0 ? etaplus : d < 0 ? etaminus : d == 0 ? 1 : d;
        float ss = step_size[i] * s;
        ss = ss < step_min ? step_min : ss;  // clamp(min, max), NaN kept
        ss = ss > step_max ? step_max : ss;
        step_size[i] = ss;
        if (s == etaminus) gi = 0;
        float sg = gi > 0 ? 1 : gi < 0 ? -1 : gi;
        p[i] = p[i] + -1 * sg * ss;
        prev[i] = gi;
    }
}

NN_CLONES
void nn_asgd_update(float *restrict p, const float *restrict g, float *restrict ax, long n, float decay_factor,
                    float minus_eta, float mu, int average, float wd, int decay, int maximize) {
    #pragma clang loop vectorize(enable)
    for (long i = 0; i < n; i++) {
        float gi = maximize ? -g[i] : g[i];
        if (decay) gi = gi + p[i] * wd;
        float pi = p[i] * decay_factor;
        pi = pi + minus_eta * gi;
        p[i] = pi;
        ax[i] = average ? ax[i] + (pi - ax[i]) * mu : pi;
    }
}
