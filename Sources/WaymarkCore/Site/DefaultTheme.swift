/// The theme compiled into the binary from `Templates/` by `scripts/embed-theme`.
public enum DefaultTheme {}
