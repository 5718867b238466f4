/** The text of `touchmap --help`. */

export const USAGE = `touchmap: check, tidy and export Touchmap maps (.touchmap files and Touchmap PDFs)

Usage:
  touchmap validate [--quiet] [--json] FILE...
  touchmap check [--json] FILE...
  touchmap format [--check] FILE...
  touchmap export FILE -o OUT.pdf [OPTION...]
  touchmap export FILE -o OUT.csv|OUT.xlsx
  touchmap import TABLE.csv|TABLE.xlsx -o MAP.touchmap [--title T]
  touchmap export FILE -o OUT.svg|OUT.png [OPTION...]
  touchmap export FILE -o OUT.pptx
  touchmap schema [-o FILE]
  touchmap diff A B [--json | --journey] [--pdf OUT.pdf]
  touchmap merge BASE OURS THEIRS [-o OUT]
  touchmap git-setup [--global]
  touchmap serve FILE [--port N] [--host ADDR] [--name NAME] [--no-advertise]
  touchmap help | --help | -h
  touchmap --version

A FILE to read may be a .touchmap file or a PDF exported by Touchmap, which carries its
map inside (format refuses PDFs: it rewrites .touchmap files only).

Commands:
  validate  Check each file against the Touchmap file format. Prints "FILE: ok", or
            one line per problem: "FILE: PATH: MESSAGE".
              -q, --quiet   print only the problems
                  --json    print a JSON array with one result per file instead
  check     Ask the map checks' questions of each valid map ("Questions to resolve"
            in the app): stages with nothing in them, touchpoints without an
            emotion, high frictions without an opportunity, too many hand-offs...
            One line per finding: "FILE: PATH: RULE: MESSAGE"; the rules a map
            switched off are skipped. Exit 0 when there are none, 1 when there are
            findings, 2 when a file is unreadable or not a valid map.
                  --json    print a JSON array with one result per file instead
  format    Rewrite valid files in canonical form, safely (a temporary file renamed
            over the original). Files with problems are reported and left untouched.
                  --check   write nothing; list the files not in canonical form
  export    Draw the map of FILE as a vector PDF with the map inside, so that Touchmap
            can open the PDF again. OUT.pdf is written only once the export succeeded
            (a temporary file renamed over it): on any problem nothing is written and
            an existing OUT.pdf is left as it was. Prints "OUT.pdf: N pages, N KB";
            errors and warnings (characters that no font has) go to standard error.
              -o, --output OUT.pdf     the PDF to write (required; a name that ends
                                       in .touchmap, or the map file itself, is refused)
                  --page SIZE          a4, a3, a2, a1, a0, letter, legal or tabloid
                                       (default a3)
                  --orientation O      portrait or landscape (default landscape)
                  --text-size SIZE     card text: s, m, l or xl, as the app's text size
                                       setting (default m)
                  --layout L           fit: the whole map on the first page (default);
                                       tile: a cover page, then the map at --scale cut
                                       into overlapping pages to print and assemble
                  --scale N            tile only: points per map unit, 0.05 to 20
                                       (default 1: a card is about 7 cm wide)
                  --margin PT          the margin of every side, in points (default 28,
                                       about 10 mm)
                  --no-appendix        leave out the appendix pages (frictions,
                                       insights, touchpoint inventory)
                  --appendix           include them: the default (on A2, A1 and A0
                                       posters, on A3 landscape sheets in two columns)
                  --comments           add an appendix page of the map's comments, by
                                       element, replies and status included
                  --empty-lanes        also draw the lanes of departments that have no
                                       touchpoint (by default they are left out)
                  --only KIND          service or experience: only those touchpoints
                  --department NAME    only the touchpoints of this department, by name
                                       (any case) or id; repeat for several. With
                                       --only or --department the others are greyed out
                  --fallback-font FILE a .ttf or .ttc font for the characters the bundled
                                       Noto Sans lacks (Chinese, Japanese, Korean...)
                  --author NAME        shown in the title block and the PDF's properties
                  --date DATE          the ISO-8601 date shown and stamped, such as
                                       2026-11-22 or 2026-11-22T09:30:00Z (default: now);
                                       with the same --date, the same map and options
                                       give a byte-identical PDF
            With -o OUT.csv: one row per touchpoint (stage, department, kind,
            channel, title, description, emotion, emotion note, CSAT, frictions
            as "Severity: text" lines, opportunities, ID), UTF-8 with a byte-order
            mark. With -o OUT.xlsx: an Excel workbook with the sheets Touchpoints,
            Stages, Departments, Frictions, Opportunities and Connections, and
            drop-down lists for kind, channel, emotion and severity. Neither takes
            the PDF options.
  import    Make a map from a CSV file or an Excel workbook laid out as export
            writes them (headers in any order and case; stages and departments in
            order of first appearance; cards arranged in their cells). Every
            problem is printed with its cell ("t.xlsx: Touchpoints!G7: emotion "5"
            is not between -2 and 2") and then nothing is written.
              -o, --output MAP.touchmap  the map to write (required)
                  --title T              the map's title (default: the workbook's
                                         title, else the table's file name)
            With -o OUT.svg or OUT.png: the whole map as one picture, the PDF's first
            page at the map's own size (title block, map, legend; no pages, no
            appendix). SVG is vector with text as text (fonts named: Noto Sans); PNG is
            that picture rasterised with the same fonts. They take --text-size,
            --empty-lanes, --fallback-font, --author and --date; the PDF's page,
            layout, margin, appendix and filter options are refused. Prints
            "OUT: W x H pixels, N KB".
                  --scale N            PNG only: pixels per map unit, 0.1 to 8 (default
                                       2; lowered to stay within 64 megapixels)
                  --transparent        no white background
                  --embed-fonts        SVG only: the fonts inside the file (about 400 KB
                                       more), for viewers that lack Noto Sans
            With -o OUT.pptx: a PowerPoint deck instead (a title slide, the persona,
            the whole map, one slide per stage), every card, kind, emotion and
            friction an editable shape or text; the options above are for PDFs only.
            Prints "OUT.pptx: N slides, N KB".
  schema    Print the JSON Schema of the file format.
              -o, --output FILE   write it to FILE instead
  diff      Print what changed from map A to map B, by name, one line each:
            touchpoints, stages, departments and connections added, removed, moved
            or reordered, and every field changed ("Check-in desk" kind: service →
            experience). Exit 0 when equal, 1 when they differ, 2 when a file is not
            a valid map.
                  --json    print the changes as a JSON array instead
                  --journey print the journey comparison instead: per stage the
                            touchpoints, average emotion and frictions before → after,
                            then each touchpoint added, removed, moved, of another
                            kind or emotion, its frictions resolved and new
                  --pdf OUT write that comparison as PDF pages to OUT (a summary
                            page per stage, then the changes by touchpoint)
  merge     Merge two maps edited from BASE by id, field by field, into OURS (or OUT),
            safely. Edits to different touchpoints or fields merge; a field changed
            two ways keeps our value and is listed under the map's "conflicts" key,
            for the app to resolve. Exit 0 when clean, 1 with conflicts (the merged
            map is written all the same), 2 when a file is not a valid map or the
            result cannot be written (then nothing is written).
              -o, --output OUT    write the merged map to OUT instead of OURS
                  --name PATH     the name used in messages (git's merge driver
                                  passes the file's path)
  git-setup Let git merge and diff maps with the two commands above: adds
            "*.touchmap merge=touchmap diff=touchmap" to the repository's
            .gitattributes and the driver settings to its git config, printing each
            change; run again, it changes nothing.
                  --global  the global attributes file and git config instead
  serve     Share FILE for live co-editing on the local network: serves the browser
            app and prints an edit link, a read-only view link and the host link
            ("edit: URL", "view: URL", "host: URL"); participants open the first two
            in any browser or in Touchmap's Join Session; the facilitator opens the
            host link, which can also remove a participant and end the session (keep
            it to yourself). The map is saved to FILE every few seconds and when the
            session ends, by Ctrl+C or End session on the host page (exit 0).
              -p, --port N         the port (default: any free one)
                  --host ADDR      the one address to listen on (default: this
                                   machine's first network address)
                  --name NAME      the name shown to people browsing for sessions
                                   (default: the map's title)
                  --no-advertise   do not announce the session on the network

Exit status: 0 all good; 1 a file is invalid, unreadable, not written, or (with
--check) not in canonical form, or an export option or department is wrong, or the
export failed; 2 wrong usage. check, diff and merge use their own, given above.
`;

export const USAGE_HINT = 'Run "touchmap --help" for usage.';
