#include "nn_kernels.h"
#include <math.h>

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

NN_CLONES
void nn_sgd_update(float *restrict p, const float *restrict g, float *restrict buf, long n, float minus_lr, float wd,
                   int decay, float momentum, float one_minus_dampening, int first_step, int nesterov) {
    if (!buf) {
        for (long i = 0; i < n; i++) {
            float gi = decay ? g[i] + p[i] * wd : g[i];
            p[i] = p[i] + minus_lr * gi;
        }
        return;
    }
    for (long i = 0; i < n; i++) {
        float gi = decay ? g[i] + p[i] * wd : g[i];
        float b = first_step ? gi : buf[i] * momentum + gi * one_minus_dampening;
        buf[i] = b;
        gi = nesterov ? gi + b * momentum : b;
        p[i] = p[i] + minus_lr * gi;
    }
}

NN_CLONES
void nn_adagrad_update(float *restrict p, const float *restrict g, float *restrict sum, long n, float minus_clr, float wd,
                       int decay, float eps) {
    for (long i = 0; i < n; i++) {
        float gi = decay ? g[i] + p[i] * wd : g[i];
        float s = sum[i] + gi * gi;
        sum[i] = s;
        p[i] = p[i] + minus_clr * gi / (sqrtf(s) + eps);
    }
}

NN_CLONES
void nn_rmsprop_update(float *restrict p, const float *restrict g, float *restrict square_avg, float *restrict buf,
                       float *restrict grad_avg, long n, float alpha, float one_minus_alpha, float eps, float wd, int decay,
                       float momentum, float minus_lr, int centered) {
    int low = one_minus_alpha < 0.5f;
    float one_minus_w = 1 - one_minus_alpha;
    for (long i = 0; i < n; i++) {
        float gi = decay ? g[i] + p[i] * wd : g[i];
        float s = square_avg[i] * alpha + one_minus_alpha * gi * gi;
        square_avg[i] = s;
        float avg;
        if (centered) {
            float ga = lerp(grad_avg[i], gi, one_minus_alpha, low, one_minus_w);
            grad_avg[i] = ga;
            avg = sqrtf(s + -1 * ga * ga);
        } else {
            avg = sqrtf(s);
        }
        avg = avg + eps;
        if (momentum > 0) {
            float b = buf[i] * momentum + gi / avg;
            buf[i] = b;
            p[i] = p[i] + minus_lr * b;
        } else {
            p[i] = p[i] + minus_lr * gi / avg;
        }
    }
}

NN_CLONES
void nn_adam_update(float *restrict p, const float *restrict g, float *restrict m, float *restrict v, float *restrict vmax,
                    long n, float minus_step_size, float bc2_sqrt, float w1, float b2, float w2, float eps, float wd,
                    float decay_factor, int decay, int amsgrad) {
    int low = w1 < 0.5f;
    float one_minus_w1 = 1 - w1;
    for (long i = 0; i < n; i++) {
        float pi = p[i], gi = g[i];
        if (decay == NN_DECAY_DECOUPLED) pi = pi * decay_factor;
        else if (decay == NN_DECAY_L2) gi = gi + pi * wd;
        float mi = lerp(m[i], gi, w1, low, one_minus_w1);
        float vi = v[i] * b2 + w2 * gi * gi;
        m[i] = mi;
        v[i] = vi;
        float vh = vi;
        if (amsgrad) { vh = vmax[i] > vi ? vmax[i] : vi; vmax[i] = vh; }
        float denom = sqrtf(vh) / bc2_sqrt + eps;
        p[i] = pi + minus_step_size * mi / denom;
    }
}
