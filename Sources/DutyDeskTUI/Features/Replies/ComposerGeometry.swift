/// Where the composer sits on the screen; `update` needs the text width for ↑/↓ and Home/End.
struct ComposerGeometry {
    let box: Box

    init(size: ScreenSize) {
        box = Box.centered(width: min(size.width - 2, 110), height: size.height - 3, in: size)
    }

    /// One cell is kept free at the right for the cursor after a full row.
    var textWidth: Int { max(box.innerWidth - 1, 10) }
    var textTop: Int { box.top + 3 }
    /// Rows under the text: the checks line, the problem or the findings (two lines), a prompt.
    var textRows: Int { max(box.height - 8, 1) }
}
