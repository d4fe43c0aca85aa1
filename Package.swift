// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Waymark",
    products: [
        .executable(name: "waymark", targets: ["waymark"]),
        .library(name: "WaymarkCore", targets: ["WaymarkCore"]),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .systemLibrary(
            name: "CYaml",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .target(
            name: "WaymarkCore",
            dependencies: ["CCmark", "CYaml"],
            // rounded() and friends call into libm, which the C libraries above do not pull in.
            linkerSettings: [.linkedLibrary("m")]
        ),
        .executableTarget(
            name: "waymark",
            dependencies: ["WaymarkCore"]
        ),
        .testTarget(
            name: "WaymarkCoreTests",
            dependencies: ["WaymarkCore"],
            // Golden files are read through #filePath, not bundled as resources.
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
