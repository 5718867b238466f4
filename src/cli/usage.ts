/** The text of `touchmap --help`. */

export const USAGE = `touchmap: check and tidy Touchmap map files (.touchmap)

Usage:
  touchmap validate [--quiet] [--json] FILE...
  touchmap format [--check] FILE...
  touchmap schema [-o FILE]
  touchmap help | --help | -h
  touchmap --version

Commands:
  validate  Check each file against the Touchmap file format. Prints "FILE: ok", or
            one line per problem: "FILE: PATH: MESSAGE".
              -q, --quiet   print only the problems
                  --json    print a JSON array with one result per file instead
  format    Rewrite valid files in canonical form, safely (a temporary file renamed
            over the original). Files with problems are reported and left untouched.
                  --check   write nothing; list the files not in canonical form
  schema    Print the JSON Schema of the file format.
              -o, --output FILE   write it to FILE instead

Exit status: 0 all good; 1 a file is invalid, unreadable, not written, or (with
--check) not in canonical form; 2 wrong usage.
`;

export const USAGE_HINT = 'Run "touchmap --help" for usage.';
