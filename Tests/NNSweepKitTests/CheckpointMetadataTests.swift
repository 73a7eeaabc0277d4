import Foundation
import NNCluster
import NNCompare
import NNEngine
import NNFigures
import NNPlan
import NNStatistics
import NNSweepRunner
import Testing

/// A checkpoint says in its metadata what is needed to use it without nnsweep.
@Suite struct CheckpointMetadataTests {
    @Test func metadataDescribesModulesScalingClassesAndSettings() throws {
        let dir = temporaryDirectory()
        let text = """
            data: {builtin: iris, test_every: 5, divide_by: 2}
            model: {hidden: [6], batch_norm: true, dropout: 0.25, activation: {name: leaky_relu, negative_slope: 0.2}}
            optimizer: {name: adam, lr: 0.01}
            epochs: 2
            checkpoint: true
            """
        let plan = try SweepPlan.load(write(text, "c.yaml", in: dir))
        let out = dir.appendingPathComponent("out")
        try runSweep(plan, out: out)
        let id = plan.cells[0].id
        let bytes = try [UInt8](Data(contentsOf: out.appendingPathComponent("checkpoints/\(id).safetensors")))
        let (tensors, meta) = try SafeTensors.decode(bytes)
        func json(_ k: String) throws -> Any {
            try JSONSerialization.jsonObject(with: Data(try #require(meta[k]).utf8), options: .fragmentsAllowed)
        }
        #expect(meta["run_id"] == id)
        #expect(meta["task"] == "classification")
        let model = try #require(try json("model") as? [String: Any])
        let modules = try #require(model["modules"] as? [[String: Any]])
        #expect(modules.map { $0["kind"] as? String } == ["Linear", "BatchNorm1d", "LeakyReLU", "Dropout", "Linear"])
        #expect(modules[0]["in_features"] as? Int == 4 && modules[0]["out_features"] as? Int == 6)
        #expect(modules[1]["eps"] as? Double == 1e-5 && modules[1]["momentum"] as? Double == 0.1)
        #expect(modules[2]["negative_slope"] as? Double == 0.2)
        #expect(modules[3]["p"] as? Double == 0.25)
        #expect(modules[4]["out_features"] as? Int == 3)
        // Every tensor name belongs to a module of the list.
        #expect(
            tensors.allSatisfy { name, _ in Int(name.split(separator: ".")[0]).map { $0 < modules.count } ?? false })
        let pre = try #require(try json("preprocess") as? [String: Any])
        #expect(pre["divide_by"] as? Double == 2)
        #expect(pre["scaling"] as? String == "standard")
        #expect((pre["offset"] as? [Double])?.count == 4 && (pre["scale"] as? [Double])?.count == 4)
        // The offset is the mean of the training part after dividing by 2, as a float32 written shortly.
        let data = try PreparedData.prepare(plan.cells[0].config)
        #expect((pre["offset"] as? [Double])?.map { Float($0) } == data.preprocessing.offset)
        #expect(try json("classes") as? [Int] == [0, 1, 2])
        let settings = try #require(try json("settings") as? [String: Any])
        #expect(settings["optimizer.lr"] as? Double == 0.01)
        #expect(settings["optimizer.name"] as? String == "adam")
    }
}
