import Foundation
import Testing

@testable import NNCluster
@testable import NNCompare
@testable import NNFigures
@testable import NNPlan
@testable import NNStatistics
@testable import NNSweepRunner

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Text from a run file, a data file's name or a results folder never runs as a command, in
/// gnuplot or in a generated shell script; nnsweep writes and deletes only in folders it owns,
/// and never through a link. Each hostile string below carries commands that would create a
/// file in a sentinel folder if anything ran them.
@Suite(.serialized) struct UntrustedTextTests {
    static let gnuplot = Gnuplot.locate()

    /// Hostile strings for `sentinel`: command substitution (gnuplot's backquotes, the shell's
    /// `$(...)` and backquotes), gnuplot macros, format characters, quotes and backslashes.
    static func hostile(_ sentinel: URL) -> [String] {
        let s = sentinel.path
        return [
            "A`touch \(s)/backquote`",
            "B$(touch \(s)/dollar)",
            "C @m @@ %s %d 100%",
            "D it's 'single' \"double\"",
            "E back\\slash \\n \\",
            "F ;system('touch \(s)/system'); \"; `touch \(s)/dq`",
            "G ${HOME} $HOME ~ * ? [x] | & > \(s)/redirect"
        ]
    }

    static func sentinelIsEmpty(_ sentinel: URL) -> Bool {
        ((try? FileManager.default.contentsOfDirectory(atPath: sentinel.path)) ?? ["unreadable"]).isEmpty
    }

    // MARK: 1. Text into gnuplot

    @Test(.enabled(if: UntrustedTextTests.gnuplot != nil, "gnuplot is not installed"))
    func everyStringIsInertAndPrintsAsWritten() throws {
        let dir = temporaryDirectory()
        let sentinel = dir.appendingPathComponent("sentinel")
        try FileManager.default.createDirectory(at: sentinel, withIntermediateDirectories: true)
        let texts =
            Self.hostile(sentinel) + ["H two\nlines", "I cr\r\ntab\tnul\u{0}bell\u{7}", "J \u{2028}sep", "K trailing\\"]
        var script = "set print '-'\nm = 'MACRO'\n"
        for t in texts {
            let q = GnuplotText.str(t)
            #expect(!q.contains("\n") && !q.contains("\r"), "no line break in the script: \(q)")
            script += "print \(q)\n"
            // A tic label is a format: its % is doubled, and it still prints as written.
            script += "print sprintf(\(GnuplotText.tic(t)).'', 1)\n"
        }
        let file = write(script, "print.gp", in: dir)
        let p = Process()
        p.executableURL = Self.gnuplot!.executable
        p.arguments = [file.path]
        p.currentDirectoryURL = dir
        let out = Pipe()
        let err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let printed = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "\(errors)")
        var expected: [String] = []
        for t in texts {
            // Line breaks stay line breaks; other control characters are shown as spaces.
            let shown = String(
                String.UnicodeScalarView(
                    t.unicodeScalars.compactMap { c -> Unicode.Scalar? in
                        if c == "\0" { return nil }
                        if c == "\n" { return c }
                        return c.properties.generalCategory == .control || c == "\u{2028}" ? " " : c
                    }))
            expected += [shown, shown]
        }
        #expect(printed == expected.joined(separator: "\n") + "\n")
        #expect(Self.sentinelIsEmpty(sentinel))
    }

    @Test func commentsStayOneLineAndNeverContinue() {
        for t in ["a\nb", "ends in \\", "ends in \\\\", "cr\r", "\u{2028}"] {
            let c = GnuplotText.comment(t)
            #expect(!c.contains("\n") && !c.contains("\r") && !c.hasSuffix("\\"), "\(c)")
        }
        var s = GnuplotScript(name: "x", title: "title with \\\nset output '/tmp/x'\\", width: 100, height: 100)
        s.about = ["note\\"]
        let text = s.text(formats: ["svg"])
        for line in text.split(separator: "\n") where line.hasPrefix("#") { #expect(!line.hasSuffix("\\"), "\(line)") }
        #expect(!text.contains("\nset output '/tmp/x'"))
    }

    /// A sweep whose preset axis, preset names and data files carry the hostile strings, with a
    /// numeric axis (sensitivity), dropout (modes) and a full grid (importance), drawn with
    /// gnuplot; then a tuned grid with a data-set axis for the target figures; then the same
    /// folders with a tampered manifest and tables, drawn again by `nnsweep plot`.
    @Test(.enabled(if: UntrustedTextTests.gnuplot != nil, "gnuplot is not installed"))
    func hostileNamesThroughEveryFigureKind() throws {
        let dir = temporaryDirectory()
        let sentinel = dir.appendingPathComponent("sentinel")
        try FileManager.default.createDirectory(at: sentinel, withIntermediateDirectories: true)
        let names = Self.hostile(sentinel)
        func yaml(_ s: String) -> String {
            "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        // Two data files whose names are hostile, used as the values of a data.csv axis.
        var csv = "f1,f2,y\n"
        for i in 0..<40 { csv += "\(Double(i % 7) / 3),\(Double(i % 5) - 2),\(i % 2)\n" }
        let csvNames = ["x`touch \(sentinel.path)-csv`.csv", "y$(touch \(sentinel.path)-csv2) 100%.csv"]
        for n in csvNames { write(csv, n, in: dir) }
        let file = write(
            """
            name: hostile
            data: {csv: data.csv, target: y, test_fraction: 0.25, validation_fraction: 0.25}
            model: {hidden: [4], dropout: 0.1}
            epochs: 2
            measure: {layers: true, train_eval: true}
            batch_size: 8
            seeds: 2
            grid:
              data.csv: [\(csvNames.map(yaml).joined(separator: ", "))]
              optimizer.lr: [0.05, 0.1, 0.2]
              \(yaml(names[0] + " " + names[2])):
                \(names.enumerated().map { "\(yaml($1)): {optimizer: {momentum: \(Double($0) / 10)}}" }.joined(separator: "\n    "))
            """, "hostile.yaml", in: dir)
        let out = dir.appendingPathComponent("out")
        try runSweep(try SweepPlan.load(file), out: out)
        var result = try Plotter.plot(dir: out, format: .both)
        var kinds = Set(result.figures.map(\.kind))
        #expect(
            kinds
                == Set(SweepFigure.Kind.allCases).subtracting([
                    .timeToTarget, .performanceProfile, .rankTable, .improvement
                ]),
            "\(kinds)")
        #expect(result.images.count == 2 * result.figures.count)
        // The names show as written (gnuplot escapes <, > and & in SVG).
        let final = try String(contentsOf: out.appendingPathComponent("plots/final.svg"), encoding: .utf8)
        for n in names { #expect(final.contains(n.replacingOccurrences(of: "&", with: "&amp;")), "\(n)") }

        try Self.checkSVGs(in: out.appendingPathComponent("plots"))

        // A tuned grid with a target and a data-set axis whose presets have hostile names.
        let tuned = write(
            """
            name: tuned
            model: {hidden: [4]}
            epochs: 2
            batch_size: 16
            grid:
              \(yaml(names[1])):
                \(yaml(names[0])): {optimizer: {name: sgd}}
                \(yaml(names[2])): {optimizer: {name: adam}}
              data:
                \(yaml(names[3])): {data: {builtin: iris, test_fraction: 0.3, validation_fraction: 0.3}}
                \(yaml(names[4])): {data: {builtin: wine, test_fraction: 0.3, validation_fraction: 0.3}}
            tune:
              search:
                optimizer.lr: {log_range: [0.01, 0.1], points: 2}
              select: {metric: val_accuracy, target: 0.5}
              seeds: 1
              final_seeds: 2
            """, "tuned.yaml", in: dir)
        let tunedOut = dir.appendingPathComponent("tuned-out")
        var options = SweepOptions(out: tunedOut)
        options.progress = .quiet
        _ = try TuneRunner(plan: try SweepPlan.load(tuned), options: options, log: { _ in }).run()
        result = try Plotter.plot(dir: tunedOut, format: .svg)
        kinds = Set(result.figures.map(\.kind))
        #expect(kinds.isSuperset(of: [.timeToTarget, .performanceProfile, .rankTable, .improvement]), "\(kinds)")
        _ = try Plotter.plot(dir: tunedOut.appendingPathComponent("search"), format: .svg)
        try Self.checkSVGs(in: tunedOut.appendingPathComponent("plots"))

        // A tampered folder: a preset name replaced by a hostile one in the manifest and the
        // tables alike, then drawn by the binary.
        for name in ["manifest.json", "runs.csv", "epochs.csv", "layers.csv"] {
            let u = out.appendingPathComponent(name)
            let text = try String(contentsOf: u, encoding: .utf8)
            #expect(text.contains(names[2]), "\(name)")
            try text.replacingOccurrences(of: names[2], with: "T`touch \(sentinel.path)/tampered` 100%")
                .write(to: u, atomically: true, encoding: .utf8)
        }
        let (status, _, err) = try runTool(["plot", out.path, "--quiet"])
        #expect(status == 0, "\(err)")
        #expect(
            try String(contentsOf: out.appendingPathComponent("plots/final.svg"), encoding: .utf8).contains(
                "touch \(sentinel.path)/tampered` 100%"))
        #expect(
            Self.sentinelIsEmpty(sentinel),
            "a command ran: \((try? FileManager.default.contentsOfDirectory(atPath: sentinel.path)) ?? [])")
        #expect(
            !FileManager.default.fileExists(atPath: sentinel.path + "-csv")
                && !FileManager.default.fileExists(atPath: sentinel.path + "-csv2"))
    }

    /// Every SVG is well-formed XML, and the text shown under the mouse (a JavaScript string in
    /// an attribute) holds no quote or backslash that could end it.
    static func checkSVGs(in plots: URL) throws {
        let svgs = try FileManager.default.contentsOfDirectory(atPath: plots.path).filter { $0.hasSuffix(".svg") }
        #expect(!svgs.isEmpty)
        for name in svgs {
            let text = try String(contentsOf: plots.appendingPathComponent(name), encoding: .utf8)
            #expect((try? XMLDocument(xmlString: text, options: [])) != nil, "\(name) is not well-formed XML")
            var rest = Substring(text)
            while let open = rest.range(of: "showHypertext(evt,'") {
                rest = rest[open.upperBound...]
                guard let close = rest.range(of: "')\" onmouseout=") else {
                    Issue.record("\(name): an unterminated hypertext")
                    break
                }
                let inner = rest[..<close.lowerBound]
                #expect(
                    !inner.contains("'") && !inner.contains("\"") && !inner.contains("\\") && !inner.contains("<"),
                    "\(name): \(inner)")
                rest = rest[close.upperBound...]
            }
        }
    }

    /// Names are shown on one line in tables, figures and the terminal: a control character in
    /// an axis or preset name is refused with its line.
    @Test func namesWithControlCharactersAreRefused() {
        for bad in ["A\\nB", "A\\tB", "A\\rB", "A\\u001bB", "A\\u2028B"] {
            let preset = planError(
                "data: {builtin: iris}\nepochs: 1\ngrid:\n  opt:\n    \"\(bad)\": {optimizer: {name: sgd}}\n")
            #expect(
                preset?.contains(":5: the preset name of grid axis 'opt'") == true
                    && preset?.contains("names are shown on one line") == true, "\(preset ?? "accepted")")
            let axis = planError(
                "data: {builtin: iris}\nepochs: 1\ngrid:\n  \"\(bad)\":\n    A: {optimizer: {name: sgd}}\n")
            #expect(axis?.contains(":4: the grid axis name") == true, "\(axis ?? "accepted")")
        }
    }

    /// A results folder whose path holds a line break or another control character is refused
    /// before anything is written (it is shown on one line and written into scripts).
    @Test func aResultsFolderWithAControlCharacterIsRefused() throws {
        let dir = temporaryDirectory()
        let file = write(Self.plain, "run.yaml", in: dir)
        for name in ["o\nut", "o\rut", "o\u{1b}ut"] {
            let (status, _, err) = try runTool([
                "run", file.path, "--out", dir.appendingPathComponent(name).path, "--quiet"
            ])
            #expect(
                status == 2 && err.split(separator: "\n").count == 1
                    && err.contains("name a folder without control characters"), "\(err)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["run.yaml"])
    }

    // MARK: 2. Text into shell scripts

    @Test func generatedScriptsQuoteEveryValueAndRefuseLineBreaks() throws {
        let dir = temporaryDirectory()
        let sentinel = dir.appendingPathComponent("sentinel")
        try FileManager.default.createDirectory(at: sentinel, withIntermediateDirectories: true)
        let run = "name: s\ndata: {builtin: iris}\nmodel: {hidden: [4]}\nepochs: 1\ngrid:\n  init: [xavier, he]\n"
        // A fake sbatch that runs the script it is given with bash, as Slurm would on a node,
        // with a fake nnsweep that only records its arguments.
        let bin = dir.appendingPathComponent("bin")
        let log = dir.appendingPathComponent("calls.txt")
        write(
            "#!/bin/bash\nfor a in \"$@\"; do printf '%s\\n' \"$a\" >> '\(log.path)'; done\necho '--' >> '\(log.path)'\n",
            "nnsweep", in: bin)
        write(
            "#!/bin/bash\nscript=\"${@: -1}\"\nSLURM_ARRAY_TASK_ID=0 bash \"$script\" > /dev/null\necho 4242\n",
            "sbatch", in: bin)
        chmod(bin.appendingPathComponent("nnsweep").path, 0o755)
        chmod(bin.appendingPathComponent("sbatch").path, 0o755)
        // Names the shell would expand, in the run file's folder and name; the results folder's
        // path must also be plain enough for #SBATCH lines, so it stays simple here.
        for (i, hostile) in [
            "a`touch \(sentinel.path)/bq`", "b$(touch \(sentinel.path)/dollar)", "c'quote\"d",
            "e;touch \(sentinel.path)/semi", "f $HOME *"
        ].enumerated() {
            let folder = dir.appendingPathComponent(hostile)
            let file = write(run, "run.yaml", in: folder)
            let out = dir.appendingPathComponent("out\(i)")
            let (status, stdout, err) = try runTool([
                "slurm", file.path, "--out", out.path, "--nnsweep", bin.appendingPathComponent("nnsweep").path
            ])
            #expect(status == 0, "\(err)")
            for script in ["sweep.sbatch", "collect.sbatch", "submit.sh"] {
                let u = out.appendingPathComponent("slurm/\(script)")
                let check = Process()
                check.executableURL = URL(fileURLWithPath: "/bin/bash")
                check.arguments = ["-n", u.path]
                try check.run()
                check.waitUntilExit()
                #expect(check.terminationStatus == 0, "bash -n \(script)")
            }
            // submit.sh with the fake sbatch runs both scripts; nnsweep gets the paths as written.
            try? FileManager.default.removeItem(at: log)
            let submit = Process()
            submit.executableURL = URL(fileURLWithPath: "/bin/bash")
            submit.arguments = [out.appendingPathComponent("slurm/submit.sh").path]
            submit.environment = ["PATH": bin.path + ":/usr/bin:/bin"]
            submit.standardOutput = FileHandle.nullDevice
            try submit.run()
            submit.waitUntilExit()
            #expect(submit.terminationStatus == 0)
            let calls = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            #expect(calls.contains("run\n\(file.path)\n--out\n\(out.path)\n--shard\n0/"), "\(calls)")
            #expect(calls.contains("collect\n\(out.path)\n--file\n\(file.path)\n"), "\(calls)")
            #expect(!stdout.isEmpty)
        }
        #expect(Self.sentinelIsEmpty(sentinel))

        // A line break in any path that would go into a script: one line, exit 2, nothing written.
        let split = dir.appendingPathComponent(
            "x\n#SBATCH --wrap=touch \(sentinel.path)/wrap\ntouch \(sentinel.path)/nl")
        let file = write(run, "run.yaml", in: split)
        for args in [
            ["slurm", file.path, "--out", dir.appendingPathComponent("nl-out").path],
            ["slurm", write(run, "r.yaml", in: dir).path, "--out", dir.appendingPathComponent("o\nut").path],
            [
                "slurm", write(run, "r.yaml", in: dir).path, "--out", dir.appendingPathComponent("o3").path,
                "--nnsweep", file.path
            ]
        ] {
            let (status, _, err) = try runTool(args)
            #expect(status == 2, "\(err)")
            #expect(
                err.split(separator: "\n").count == 1
                    && (err.contains("line break") || err.contains("not an executable")), "\(err)")
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("nl-out").path))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("o\nut").path))
        #expect(Self.sentinelIsEmpty(sentinel))
    }

    // MARK: 3. Folders nnsweep does not own

    static let plain = "name: mine\ndata: {builtin: iris}\nmodel: {hidden: [4]}\nepochs: 1\n"

    /// Everything below `dir`, with each file's bytes (links as their targets).
    static func snapshot(_ dir: URL) -> [String: Data] {
        var all: [String: Data] = [:]
        let fm = FileManager.default
        guard let e = fm.enumerator(atPath: dir.path) else { return all }
        while let p = e.nextObject() as? String {
            let u = dir.appendingPathComponent(p)
            if let target = try? fm.destinationOfSymbolicLink(atPath: u.path) {
                all[p] = Data(("-> " + target).utf8)
                continue
            }
            all[p] = fm.contents(atPath: u.path) ?? Data()
        }
        return all
    }

    @Test func aFolderWithoutAManifestOfNnsweepsIsNeverWritten() throws {
        let home = temporaryDirectory()
        let run = write(Self.plain, "run.yaml", in: home)
        // A folder that looks like results but has no manifest; one with another tool's manifest
        // of the same name; one whose manifest is a link; one with a manifest that is not JSON.
        let cases: [(String, [String: String], String)] = [
            (
                "no-manifest",
                [
                    "runs.csv": "mine\n", "report.html": "<p>mine</p>", "plots/thesis.png": "png",
                    "cells/0123456789abcdef.json": "{}"
                ],
                "has no manifest.json written by nnsweep"
            ),
            (
                "other-tool", ["manifest.json": "{\"name\": \"mine\", \"version\": 3}", "runs.csv": "a,b\n"],
                "was not written by nnsweep"
            ),
            (
                "wrong-format", ["manifest.json": "{\"name\": \"mine\", \"format\": \"other-tool/2\"}"],
                "its format is 'other-tool/2'"
            ),
            ("not-json", ["manifest.json": "name: mine\n"], "not a JSON object")
        ]
        for (name, files, message) in cases {
            let folder = home.appendingPathComponent(name)
            for (f, text) in files { write(text, f, in: folder) }
            let before = Self.snapshot(folder)
            for args in [
                ["run", run.path, "--out", folder.path, "--no-plots"],
                ["run", run.path, "--out", folder.path, "--fresh", "--no-plots"],
                ["plot", folder.path], ["collect", folder.path, "--file", run.path],
                ["slurm", run.path, "--out", folder.path]
            ] {
                let (status, _, err) = try runTool(args)
                #expect(status == 2, "\(name) \(args[0]): \(err)")
                #expect(
                    err.contains(message) || (args[0] == "plot" && err.contains("not a results folder")),
                    "\(name) \(args[0]): \(err)")
                #expect(err.split(separator: "\n").count == 1, "\(err)")
                #expect(Self.snapshot(folder) == before, "\(name) \(args[0]) changed the folder")
            }
        }
    }

    @Test func plotsAndFreshDeleteOnlyWhatNnsweepWrote() throws {
        let home = temporaryDirectory()
        let run = write(Self.plain + "grid:\n  init: [xavier, he]\n", "run.yaml", in: home)
        let out = home.appendingPathComponent("out")
        var (status, _, err) = try runTool(["run", run.path, "--out", out.path, "--quiet"])
        #expect(status == 0, "\(err)")
        let manifest =
            try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("manifest.json")))
            as? [String: Any]
        #expect(manifest?["format"] as? String == ResultsFolder.formatMarker)
        // A figure-named file of the user's in plots/ survives the figures' clean-up.
        write("my figure", "plots/thesis.png", in: out)
        write("my script", "plots/old.gp", in: out)
        (status, _, err) = try runTool(["plot", out.path, "--quiet"])
        #expect(status == 0, "\(err)")
        #expect(
            FileManager.default.contents(atPath: out.appendingPathComponent("plots/thesis.png").path)
                == Data("my figure".utf8))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("plots/old.gp").path))
        // A figure nnsweep drew and no longer draws goes: a png-only plot removes its SVGs.
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("plots/loss.svg").path))
        (status, _, err) = try runTool(["plot", out.path, "--quiet", "--format", "png"])
        #expect(status == 0, "\(err)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("plots/loss.svg").path))
        // --fresh deletes what nnsweep wrote and keeps the user's files in plots/.
        (status, _, err) = try runTool(["run", run.path, "--out", out.path, "--quiet", "--fresh", "--no-plots"])
        #expect(status == 0, "\(err)")
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("plots").path))
        #expect(left == ["thesis.png", "old.gp"], "\(left)")
    }

    @Test func compareOutputsGoOnlyIntoTheirOwnFolders() throws {
        let home = temporaryDirectory()
        let base = home.appendingPathComponent("base")
        let cur = home.appendingPathComponent("cur")
        let run = write(Self.plain + "seeds: 3\ngrid:\n  init: [xavier, he]\n", "run.yaml", in: home)
        for o in [base, cur] { _ = try runTool(["run", run.path, "--out", o.path, "--quiet", "--no-plots"]) }
        let mine = home.appendingPathComponent("mine")
        write("my notes", "compare.dat", in: mine)
        write("my notes", "notes.txt", in: mine)
        let before = Self.snapshot(mine)
        for option in ["--plot", "--report"] {
            let (status, _, err) = try runTool(["compare", base.path, cur.path, option, mine.path])
            #expect(status == 2, "\(err)")
            #expect(err.contains("did not write") && err.split(separator: "\n").count == 1, "\(err)")
            #expect(Self.snapshot(mine) == before)
        }
        // A link in the folder is refused too.
        let linked = home.appendingPathComponent("linked")
        try FileManager.default.createDirectory(at: linked, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: linked.appendingPathComponent("compare.png").path,
            withDestinationPath: mine.appendingPathComponent("notes.txt").path)
        let (status, _, err) = try runTool(["compare", base.path, cur.path, "--plot", linked.path])
        #expect(status == 2 && err.contains("symbolic link"), "\(err)")
        #expect(Self.snapshot(mine) == before)
        // New and empty folders, and the folder of an earlier --report, are fine.
        let fresh = home.appendingPathComponent("fresh")
        for _ in 0..<2 {
            let (s, _, e) = try runTool(["compare", base.path, cur.path, "--report", fresh.path])
            #expect(s == 0 || s == 1, "\(e)")
        }
    }

    // MARK: 4. Links

    @Test func linksInsideAResultsFolderAreNeverFollowed() throws {
        let home = temporaryDirectory()
        let run = write(Self.plain + "grid:\n  init: [xavier, he]\n", "run.yaml", in: home)
        let out = home.appendingPathComponent("out")
        var (status, _, err) = try runTool(["run", run.path, "--out", out.path, "--quiet"])
        #expect(status == 0, "\(err)")
        let elsewhere = home.appendingPathComponent("elsewhere")
        for f in ["a.png", "b.svg", "c.gp", "d.dat", "loss.png", "0123456789abcdef.json"] {
            write("keep", f, in: elsewhere)
        }
        let keep = Self.snapshot(elsewhere)
        // Each folder nnsweep writes or cleans, replaced by a link; then a file in one.
        for sub in [
            "plots", "cells", "invalid", "states", "checkpoints", "search", "slurm", "plots/loss.png", "cells/x"
        ] {
            let u = out.appendingPathComponent(sub)
            let saved = home.appendingPathComponent("saved")
            if FileManager.default.fileExists(atPath: u.path) { try FileManager.default.moveItem(at: u, to: saved) }
            try FileManager.default.createSymbolicLink(atPath: u.path, withDestinationPath: elsewhere.path)
            for args in [
                ["plot", out.path], ["run", run.path, "--out", out.path, "--quiet"],
                ["run", run.path, "--out", out.path, "--fresh", "--quiet"],
                ["collect", out.path], ["slurm", run.path, "--out", out.path]
            ] {
                (status, _, err) = try runTool(args)
                #expect(status == 2, "\(sub) \(args[0]): \(err)")
                #expect(err.contains("symbolic link") && err.contains(sub), "\(sub) \(args[0]): \(err)")
                #expect(Self.snapshot(elsewhere) == keep, "\(sub) \(args[0]) wrote or deleted through the link")
            }
            try FileManager.default.removeItem(at: u)
            if FileManager.default.fileExists(atPath: saved.path) { try FileManager.default.moveItem(at: saved, to: u) }
        }
    }

    // MARK: Fuzz

    /// Run files whose names, preset names and axis names are mutated with shell and gnuplot
    /// metacharacters, run and drawn through the binary in a work folder: no command runs and
    /// no file appears outside the work folder.
    @Test(.enabled(if: UntrustedTextTests.gnuplot != nil, "gnuplot is not installed"))
    func mutatedNamesNeverRunACommandOrWriteOutside() throws {
        let root = temporaryDirectory()
        let work = root.appendingPathComponent("work")
        let sentinel = root.appendingPathComponent("sentinel")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: sentinel, withIntermediateDirectories: true)
        let pieces = [
            "`touch \(sentinel.path)/q`", "$(touch \(sentinel.path)/d)", "%", "%s", "@x", "'", "\"", "\\", ";", "|",
            "&", "*", "~", "$HOME",
            "../", "..", "<b>", "#", "!", "{", "}", "[", "]", ",", ":"
        ]
        var seeded = UInt64(20_261_204)
        func next(_ n: Int) -> Int {
            seeded = seeded &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seeded >> 33) % UInt64(n))
        }
        func mutated() -> String {
            (0..<(1 + next(3))).map { _ in pieces[next(pieces.count)] }.joined(separator: ["", " ", "x"][next(3)])
        }
        func yaml(_ s: String) -> String {
            "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        var ran = 0
        for round in 0..<12 {
            let axis = "p" + mutated()
            let a = "A" + mutated()
            let b = "B" + mutated()
            let text = """
                name: \(yaml("n" + mutated()))
                description: \(yaml(mutated()))
                data: {builtin: iris, test_fraction: 0.3}
                model: {hidden: [3]}
                epochs: 1
                grid:
                  init: [xavier, he]
                  \(yaml(axis)):
                    \(yaml(a)): {optimizer: {name: sgd}}
                    \(yaml(b)): {optimizer: {name: adam}}
                """
            let file = write(text, "run\(round).yaml", in: work)
            let out = work.appendingPathComponent("out\(round)")
            let (status, _, err) = try runTool(["run", file.path, "--out", out.path, "--quiet"], in: work)
            #expect(status == 0 || status == 2, "\(err)")
            if status == 0 {
                ran += 1
                let (s, _, e) = try runTool(["plot", out.path, "--quiet"], in: work)
                #expect(s == 0, "\(e)")
            }
        }
        #expect(ran >= 6)
        #expect(Self.sentinelIsEmpty(sentinel))
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: root.path)) == ["work", "sentinel"])
    }
}
