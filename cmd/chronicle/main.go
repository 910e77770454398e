package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"slices"
	"strings"

	"github.com/chronicle-kg/chronicle/extract"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	exiting = true
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// Exit codes.
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
)

// An env is what a command reads from and writes to.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// A command is one subcommand: its flags, bound to its fields, and what it
// does with its positional arguments.
type command interface {
	flags(fs *flag.FlagSet)
	run(ctx context.Context, env *env, args []string) error
}

// A commandSpec names a command and documents it.
type commandSpec struct {
	name    string
	summary string // for the command list
	usage   string // for --help
	new     func() command
}

// commands lists the subcommands in the order usage shows them.
var commands = []commandSpec{
	{"ingest", "read articles into the store", ingestUsage, func() command { return new(ingestCmd) }},
	{"timeline", "list events in time order", timelineUsage, func() command { return new(timelineCmd) }},
	{"met", "list meetings: all, one actor's, or two actors'", metUsage, func() command { return new(metCmd) }},
	{"actors", "list the actors in the store", actorsUsage, func() command { return new(actorsCmd) }},
	{"export", "write the actor graph in Graphviz DOT", exportUsage, func() command { return new(exportCmd) }},
	{"check", "verify the store and say what is damaged", checkUsage, func() command { return new(checkCmd) }},
	{"stats", "count the documents, events and actors in the store", statsUsage, func() command { return new(statsCmd) }},
	{"extract", "print one article's reading as JSON, storing nothing", extractUsage, func() command { return new(extractCmd) }},
	{"parse", "print a text's Universal Dependencies analysis as CoNLL-U", parseUsage, func() command { return new(parseCmd) }},
	{"timeml", "tag TimeML files with our time expressions", timemlUsage, func() command { return new(timemlCmd) }},
	{"eval", "score extraction against gold data: timeml, plover, ud, timeline", evalUsage, func() command { return new(evalCmd) }},
}

// lookup returns the command called name.
func lookup(name string) (commandSpec, bool) {
	for _, c := range commands {
		if c.name == name {
			return c, true
		}
	}
	return commandSpec{}, false
}

// run runs the command line args and returns the exit status: 0 for
// success, 1 for failure, 2 for a usage error.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 {
		fmt.Fprint(stderr, usage())
		return exitUsage
	}
	switch name := args[0]; name {
	case "help", "-h", "-help", "--help":
		return help(e, args[1:])
	default:
		spec, ok := lookup(name)
		if !ok {
			fmt.Fprintf(stderr, "chronicle: unknown command %q\nRun 'chronicle help' for usage.\n", name)
			return exitUsage
		}
		return runCommand(ctx, e, spec, args[1:])
	}
}

// help prints the usage of chronicle, or of the command args names.
func help(e *env, args []string) int {
	switch {
	case len(args) == 0 || len(args) == 1 && slices.Contains([]string{"-h", "-help", "--help"}, args[0]):
		fmt.Fprint(e.stdout, usage())
		return exitOK
	case len(args) == 1:
		if spec, ok := lookup(args[0]); ok {
			fmt.Fprint(e.stdout, spec.usage)
			return exitOK
		}
		fmt.Fprintf(e.stderr, "chronicle help: unknown command %q\nRun 'chronicle help' for usage.\n", args[0])
	default:
		fmt.Fprintln(e.stderr, "usage: chronicle help [COMMAND]")
	}
	return exitUsage
}

// runCommand parses the flags of spec's command from args and runs it.
func runCommand(ctx context.Context, e *env, spec commandSpec, args []string) int {
	cmd := spec.new()
	fs := flag.NewFlagSet("chronicle "+spec.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are reported below, help is spec.usage
	fs.Usage = func() {}
	cmd.flags(fs)
	pos, err := parseArgs(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprint(e.stdout, spec.usage)
		return exitOK
	}
	if err == nil {
		err = cmd.run(ctx, e, pos)
	}
	return report(e.stderr, spec.name, err)
}

// errReported is returned by a command that has already printed why it
// failed.
var errReported = errors.New("errors reported")

// A usageError is a command line that does not make sense.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return &usageError{fmt.Sprintf(format, args...)}
}

// report prints err, if it has not been, and returns the exit status for
// it.
func report(stderr io.Writer, name string, err error) int {
	var ue *usageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errReported):
		return exitFailure
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "chronicle %s: %v\nRun 'chronicle %s --help' for usage.\n", name, err, name)
		return exitUsage
	}
	fmt.Fprintf(stderr, "chronicle %s: %v\n", name, err)
	return exitFailure
}

// oneInput opens the one FILE of a command's args, or for "-" returns a
// nil file: the command reads standard input, named "<stdin>".
func oneInput(args []string) (name string, f *os.File, err error) {
	switch len(args) {
	case 0:
		return "", nil, usagef("no FILE to read")
	case 1:
	default:
		return "", nil, usagef("one FILE at a time, not %d", len(args))
	}
	if args[0] == "-" {
		return "<stdin>", nil, nil
	}
	f, err = os.Open(args[0])
	if err != nil {
		return "", nil, extract.FileError(args[0], err)
	}
	return args[0], f, nil
}

// printInputErrors prints each input error err holds, an
// extract.ErrorList or one *extract.InputError, a line each as
// "name:line: problem", and reports whether it held any.
func printInputErrors(w io.Writer, err error) bool {
	var list extract.ErrorList
	if errors.As(err, &list) {
		for _, ie := range list {
			fmt.Fprintln(w, ie)
		}
		return true
	}
	var ie *extract.InputError
	if errors.As(err, &ie) {
		fmt.Fprintln(w, ie)
		return true
	}
	return false
}

// usage returns the usage of chronicle.
func usage() string {
	var b strings.Builder
	b.WriteString(`Chronicle reads news articles into a dated knowledge graph of actors and
events, and answers what happened when, and who met whom.

Usage:

	chronicle <command> [arguments]

The commands are:

`)
	for _, c := range commands {
		fmt.Fprintf(&b, "\t%-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(&b, "\t%-10s %s\n", "help", "print help for a command")
	b.WriteString(`
Commands that use the store take --db DIR; the default is $CHRONICLE_DB
if set, else ./chronicle.db. Flags may come before or after arguments.

Run 'chronicle help <command>' or 'chronicle <command> --help' for more.
`)
	return b.String()
}
