/// Where the composer's parts sit on the screen, top to bottom: the info line, the reader's
/// messages, the text, the checks line, the check box, the prompt. The check box grows to
/// hold its whole message; the reader's pane gives way first, then the text (down to one
/// row); what still does not fit scrolls (PgUp/PgDn). `update` needs the same numbers for
/// ↑/↓, Home/End and scrolling, so both build it from the state.
struct ComposerGeometry {
    let box: Box
    let paneRows: Int
    let textRows: Int
    let messageRows: Int

    /// The frame and width only (no pane, no message), for keys that need no more.
    init(size: ScreenSize) {
        box = Self.box(size)
        paneRows = 0
        messageRows = 0
        textRows = max(box.height - 6, 1)
    }

    init(_ composer: ComposerState, _ state: AppState) {
        box = Self.box(state.size)
        let available = max(box.height - 6, 3)
        let needed = ComposerMessage.lines(composer, language: state.language, width: box.innerWidth, catalog: state.replies.templates?.catalog).lines.count
        var message = needed
        var pane = ReaderPane.rows(composer.item, width: box.innerWidth, available: available - 2)
        if available - message - pane < 2 { pane = max(available - message - 2, 0) }
        if available - message - pane < 1 { message = available - pane - 1 }
        paneRows = pane
        messageRows = message
        textRows = available - message - pane
    }

    static func box(_ size: ScreenSize) -> Box {
        Box.centered(width: min(size.width - 2, 110), height: size.height - 3, in: size)
    }

    /// One cell is kept free at the right for the cursor after a full row.
    var textWidth: Int { max(box.innerWidth - 1, 10) }
    var paneTop: Int { box.top + 2 }
    /// Under the pane a rule separates the reader's words from the reply; without a pane, a blank row.
    var textTop: Int { box.top + 3 + paneRows }
    var checksRow: Int { textTop + textRows }
    var messageTop: Int { checksRow + 1 }
    var promptRow: Int { box.top + box.height - 2 }
}
