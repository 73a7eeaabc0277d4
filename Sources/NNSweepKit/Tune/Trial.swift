import NNEngine

/// Training a trial part of the way, for successive halving.
enum Trial {
    /// Trains a fresh trainer's epochs up to `last`; its schedule stays that of all its epochs.
    static func train(_ trainer: Trainer, through last: Int, onEpoch: (EpochRecord) -> Void) -> TrainingOutcome {
        if last >= trainer.settings.epochs { return trainer.run(onEpoch: onEpoch) }
        for epoch in 1...last {
            guard let r = trainer.runEpoch(epoch) else { return .diverged(epoch: epoch) }
            onEpoch(r)
            if let v = r.valLoss, !v.isFinite { return .diverged(epoch: epoch) }
        }
        return .completed
    }
}
