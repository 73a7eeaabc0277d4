import Foundation
import NNEngine
import Testing

@testable import NNCluster
@testable import NNCompare
@testable import NNFigures
@testable import NNPlan
@testable import NNStatistics
@testable import NNSweepRunner

/// The option reference in docs/ is written from the declarations; the run-file reference's
/// prose names every concept and option the declarations have.
struct OptionReferenceTests {
    static let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs")

    @Test func theCommittedReferenceIsWhatTheDeclarationsSay() throws {
        let committed = try String(contentsOf: Self.docs.appendingPathComponent("options.md"), encoding: .utf8)
        #expect(
            committed == OptionReference.markdown() + "\n",
            "docs/options.md is out of date: run `nnsweep options > docs/options.md`")
    }

    @Test func theRunFileReferenceNamesEveryConceptAndOption() throws {
        let text = try String(contentsOf: Self.docs.appendingPathComponent("run-file.md"), encoding: .utf8)
        func check<P>(_ family: String, _ declarations: [Declaration<P>]) {
            for d in declarations {
                #expect(text.contains("`\(d.name)`"), "docs/run-file.md does not name the \(family) \(d.name)")
                for o in d.options where o.key != "maximize" {
                    #expect(
                        text.contains("`\(o.key)`"),
                        "docs/run-file.md does not name \(family) \(d.name)'s option \(o.key)")
                }
            }
        }
        check("optimizer", OptimizerSpec.registry)
        check("scheduler", Schedulers.all.map { $0.declaration })
        check("initializer", Initializer.declarations)
        check("loss", Loss.declarations)
        check("activation", ActivationKind.declarations)
        #expect(text.contains("(options.md)"), "docs/run-file.md does not link the option reference")
    }

    @Test func everyDefaultIsAValueItsOptionAccepts() throws {
        // Each default the page shows is one its own declaration accepts.
        func check<P>(_ declarations: [Declaration<P>]) {
            for d in declarations {
                for o in d.options {
                    guard let v = o.defaultValue, v != .absent else { continue }
                    #expect(o.kind.accepts(v) && o.violation(v) == nil, "\(d.name).\(o.key)")
                }
            }
        }
        check(OptimizerSpec.registry)
        check(Schedulers.all.map { $0.declaration })
        check(Initializer.declarations)
        check(Loss.declarations)
        check(ActivationKind.declarations)
    }
}
