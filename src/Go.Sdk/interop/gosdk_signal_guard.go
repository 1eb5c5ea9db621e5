// Code added by Go.Sdk to every c-shared library it builds for Linux (docs/mixed-language.md,
// "Signals"). It is compiled into the library through `go build -overlay`; the project's sources are not touched.
// GoSignalGuard=false leaves it out.
//
// Why: while the Go runtime initializes inside a library, it adds SA_ONSTACK to every signal handler the process
// already has and Go does not take over (runtime/signal_unix.go, initsig and setsigstack), because a handler that
// runs while a thread executes Go code must not run on a small goroutine stack. The .NET runtime's handlers were
// written to run on the interrupted thread's own stack: with SA_ONSTACK its thread-suspension handler (SIGRTMIN)
// runs on the 16 KiB alternate stack of a thread in managed code and overflows it during a GC
// (dotnet/runtime#127320, golang/go#78883, dotnet/runtime#110368).
//
// What: before the Go runtime starts (a constructor of priority 101 runs before Go's own, which has none), each
// handler that exists, lacks SA_ONSTACK and is not one Go replaces in a library (SIGSEGV, SIGBUS, SIGFPE,
// SIGPIPE, SIGURG) is replaced by a trampoline registered with the same mask and flags plus SA_ONSTACK, so Go
// finds SA_ONSTACK already set and changes nothing. The kernel then always starts the trampoline on the alternate
// stack, as Go requires. The trampoline looks at where the signal interrupted the thread:
//   - inside this library's code (Go code, possibly on a goroutine stack): it calls the original handler right
//     there, on the alternate stack, as Go intends (the .NET handler sees no managed code and returns);
//   - anywhere else (managed code, the .NET runtime, libc): that thread is not on a goroutine stack, since Go
//     switches to the thread's system stack before it calls any code outside itself; the trampoline moves to the
//     interrupted stack, below its red zone, and calls the original handler there, exactly where the kernel would
//     have run it without SA_ONSTACK.
// Other architectures and operating systems compile none of this.

package main

/*
#cgo linux CFLAGS: -D_GNU_SOURCE

#if defined(__linux__) && (defined(__x86_64__) || defined(__aarch64__))
#include <link.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <ucontext.h>

typedef void (*gosdk_signal_function)(int, siginfo_t *, void *);

// Calls fn(signal, info, context) with the stack pointer set to stack_top (16-byte aligned) and returns.
void gosdk_call_on_stack(uintptr_t stack_top, gosdk_signal_function fn, int signal, siginfo_t *info, void *context)
	__attribute__((visibility("hidden")));

#if defined(__x86_64__)
__asm__(
	".text\n"
	".globl gosdk_call_on_stack\n"
	".hidden gosdk_call_on_stack\n"
	".type gosdk_call_on_stack, @function\n"
	"gosdk_call_on_stack:\n"
	"	.cfi_startproc\n"
	"	pushq %rbp\n"
	"	.cfi_def_cfa_offset 16\n"
	"	.cfi_offset %rbp, -16\n"
	"	movq %rsp, %rbp\n"
	"	.cfi_def_cfa_register %rbp\n"
	"	movq %rdi, %rsp\n"
	"	movq %rsi, %rax\n"
	"	movl %edx, %edi\n"
	"	movq %rcx, %rsi\n"
	"	movq %r8, %rdx\n"
	"	callq *%rax\n"
	"	movq %rbp, %rsp\n"
	"	popq %rbp\n"
	"	.cfi_def_cfa %rsp, 8\n"
	"	retq\n"
	"	.cfi_endproc\n"
	".size gosdk_call_on_stack, .-gosdk_call_on_stack\n");
#define GOSDK_CONTEXT_PC(uc) ((uintptr_t)(uc)->uc_mcontext.gregs[REG_RIP])
#define GOSDK_CONTEXT_SP(uc) ((uintptr_t)(uc)->uc_mcontext.gregs[REG_RSP])
#define GOSDK_RED_ZONE 128
#else
__asm__(
	".text\n"
	".globl gosdk_call_on_stack\n"
	".hidden gosdk_call_on_stack\n"
	".type gosdk_call_on_stack, %function\n"
	"gosdk_call_on_stack:\n"
	"	.cfi_startproc\n"
	"	stp x29, x30, [sp, #-16]!\n"
	"	.cfi_def_cfa_offset 16\n"
	"	.cfi_offset x29, -16\n"
	"	.cfi_offset x30, -8\n"
	"	mov x29, sp\n"
	"	.cfi_def_cfa_register x29\n"
	"	mov sp, x0\n"
	"	mov x9, x1\n"
	"	mov w0, w2\n"
	"	mov x1, x3\n"
	"	mov x2, x4\n"
	"	blr x9\n"
	"	mov sp, x29\n"
	"	.cfi_def_cfa_register sp\n"
	"	ldp x29, x30, [sp], #16\n"
	"	.cfi_def_cfa_offset 0\n"
	"	.cfi_restore x29\n"
	"	.cfi_restore x30\n"
	"	ret\n"
	"	.cfi_endproc\n"
	".size gosdk_call_on_stack, .-gosdk_call_on_stack\n");
#define GOSDK_CONTEXT_PC(uc) ((uintptr_t)(uc)->uc_mcontext.pc)
#define GOSDK_CONTEXT_SP(uc) ((uintptr_t)(uc)->uc_mcontext.sp)
#define GOSDK_RED_ZONE 0
#endif

// The handlers the trampoline stands in for, by signal number; written before the trampoline is installed.
static struct sigaction gosdk_original_handlers[NSIG];
// The executable segments of this library: where Go code runs (and the cgo glue, and this file).
static uintptr_t gosdk_code_start, gosdk_code_end;

static void gosdk_call_original(int signal, siginfo_t *info, void *context)
{
	const struct sigaction *original = &gosdk_original_handlers[signal];
	if (original->sa_flags & SA_SIGINFO)
		original->sa_sigaction(signal, info, context);
	else
		original->sa_handler(signal);
}

// Runs the original handler on the interrupted stack while the kernel's frame for this signal (siginfo and
// ucontext, which rt_sigreturn reads back) stays on the alternate stack. A second signal whose handler has
// SA_ONSTACK, arriving now, would start again at the alternate stack's top, since the thread is no longer on it,
// and overwrite that frame: so until the handler returns, the alternate stack ends below the frame and the
// trampoline's own. sigaltstack is async-signal-safe and may change the alternate stack of a thread that is not
// running on it; rt_sigreturn restores the saved one in any case.
#define GOSDK_FRAME_MARGIN 1024
#define GOSDK_SMALLEST_ALTERNATE_STACK 4096
static void gosdk_call_original_below_frame(int signal, siginfo_t *info, void *context)
{
	stack_t whole, below;
	int shrunk = 0;
	uintptr_t frame = (uintptr_t)info < (uintptr_t)context ? (uintptr_t)info : (uintptr_t)context;
	if (sigaltstack(NULL, &whole) == 0 && !(whole.ss_flags & SS_DISABLE)) {
		uintptr_t low = (uintptr_t)whole.ss_sp;
		if (frame > low + GOSDK_FRAME_MARGIN + GOSDK_SMALLEST_ALTERNATE_STACK && frame <= low + whole.ss_size) {
			below.ss_sp = whole.ss_sp;
			below.ss_size = frame - GOSDK_FRAME_MARGIN - low;
			below.ss_flags = 0;
			shrunk = sigaltstack(&below, NULL) == 0;
		}
	}
	gosdk_call_original(signal, info, context);
	if (shrunk) {
		whole.ss_flags = 0;
		sigaltstack(&whole, NULL);
	}
}

static void gosdk_signal_trampoline(int signal, siginfo_t *info, void *context)
{
	ucontext_t *interrupted = (ucontext_t *)context;
	uintptr_t pc = GOSDK_CONTEXT_PC(interrupted);
	uintptr_t sp = GOSDK_CONTEXT_SP(interrupted);
	const stack_t *alternate = &interrupted->uc_stack;
	uintptr_t here = (uintptr_t)&interrupted;
	int on_alternate_stack = !(alternate->ss_flags & SS_DISABLE)
		&& here >= (uintptr_t)alternate->ss_sp && here < (uintptr_t)alternate->ss_sp + alternate->ss_size;
	int interrupted_on_alternate_stack = (alternate->ss_flags & SS_ONSTACK) != 0;
	int interrupted_in_go = pc >= gosdk_code_start && pc < gosdk_code_end;

	if (!on_alternate_stack || interrupted_on_alternate_stack || interrupted_in_go) {
		gosdk_call_original(signal, info, context);
		return;
	}
	gosdk_call_on_stack((sp - GOSDK_RED_ZONE) & ~(uintptr_t)15, gosdk_call_original_below_frame, signal, info, context);
}

static int gosdk_find_code(struct dl_phdr_info *object, size_t size, void *data)
{
	uintptr_t probe = (uintptr_t)data;
	uintptr_t start = UINTPTR_MAX, end = 0;
	int found = 0;
	for (int i = 0; i < object->dlpi_phnum; i++) {
		const ElfW(Phdr) *segment = &object->dlpi_phdr[i];
		if (segment->p_type != PT_LOAD || !(segment->p_flags & PF_X))
			continue;
		uintptr_t segment_start = object->dlpi_addr + segment->p_vaddr;
		uintptr_t segment_end = segment_start + segment->p_memsz;
		if (segment_start < start) start = segment_start;
		if (segment_end > end) end = segment_end;
		if (probe >= segment_start && probe < segment_end) found = 1;
	}
	if (!found)
		return 0;
	gosdk_code_start = start;
	gosdk_code_end = end;
	return 1;
}

static int gosdk_go_replaces_handler(int signal)
{
	// In a c-shared or c-archive library Go installs its own handler for these (runtime.sigInstallGoHandler) and
	// forwards what is not its own to the handler it found.
	return signal == SIGSEGV || signal == SIGBUS || signal == SIGFPE || signal == SIGPIPE || signal == SIGURG;
}

__attribute__((constructor(101)))
static void gosdk_guard_signal_handlers(void)
{
	if (!dl_iterate_phdr(gosdk_find_code, (void *)(uintptr_t)&gosdk_signal_trampoline))
		return;
	for (int signal = 1; signal < NSIG; signal++) {
		struct sigaction current;
		if (signal == SIGKILL || signal == SIGSTOP || gosdk_go_replaces_handler(signal))
			continue;
		if (sigaction(signal, NULL, &current) != 0)
			continue;
		if ((current.sa_flags & SA_ONSTACK)
			|| (!(current.sa_flags & SA_SIGINFO) && (current.sa_handler == SIG_DFL || current.sa_handler == SIG_IGN)))
			continue;
		gosdk_original_handlers[signal] = current;
		struct sigaction trampoline = current;
		trampoline.sa_sigaction = gosdk_signal_trampoline;
		trampoline.sa_flags = current.sa_flags | SA_SIGINFO | SA_ONSTACK;
		sigaction(signal, &trampoline, NULL);
	}
}
#endif
*/
import "C"
