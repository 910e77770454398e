//go:build !purego

#include "textflag.h"

// func lookUpAVX2(blocks *block, nblocks int, feats *uint64, n int, sparse, dense *uint32, far *uint64, stride int, before *[blockSlots][2]uint64, ents *uint16, rows *int16) (ns, nd, nf int)
//
// lookUp for n features, n at most 64 (see lookUpGo, which this must
// equal): the sixteen keys of a block compared at once, the lengths of
// the runs before a slot summed at once, and no branch but the loops'.
// A feature absent from a full block goes to far, for the caller. Each
// feature's weights are asked for as it is found, so that their cache
// misses too are under way before the caller adds them.
TEXT ·lookUpAVX2(SB), NOSPLIT, $0-112
	MOVQ blocks+0(FP), SI
	MOVQ nblocks+8(FP), R9
	MOVQ feats+16(FP), DI
	MOVQ n+24(FP), R10
	LEAQ (DI)(R10*8), R10 // the end of feats
	MOVQ sparse+32(FP), R11
	MOVQ dense+40(FP), R12
	MOVQ far+48(FP), R13

	// first the features' blocks are asked for, so that their cache
	// misses are under way at once
	MOVQ DI, CX

prefetch:
	CMPQ CX, R10
	JGE  look
	MOVQ (CX), AX
	SHRQ $32, AX
	IMULQ R9, AX
	SHRQ $32, AX
	SHLQ $6, AX
	PREFETCHT0 (SI)(AX*1)
	ADDQ $8, CX
	JMP  prefetch

look:
	VPXOR X7, X7, X7

feature:
	CMPQ DI, R10
	JGE  done
	MOVQ (DI), AX         // the feature
	MOVQ AX, BX
	SHRQ $32, BX          // its top 32 bits, h
	MOVQ BX, R8
	IMULQ R9, R8
	SHRQ $32, R8
	SHLQ $6, R8
	ADDQ SI, R8           // its block
	MOVWQZX BX, BX        // its key, the low 16 bits of h, 0 made 1
	LEAQ -1(BX), CX
	SHRQ $63, CX
	ORQ  CX, BX
	VMOVQ BX, X0
	VPBROADCASTW X0, Y0
	VPCMPEQW (R8), Y0, Y1
	VPMOVMSKB Y1, DX      // two bits a slot whose key it is
	XORL CX, CX
	BSFL DX, CX           // 2j, if found
	SHRL $1, CX
	ANDL $15, CX          // j
	TESTL DX, DX
	SETNE DL
	MOVBLZX DL, DX        // found

	// absent from a full block (its last key not 0): to far
	MOVQ 24(R8), BX
	SHRQ $48, BX
	NEGQ BX
	SBBQ BX, BX
	ANDL $1, BX           // full
	XORL $1, DX
	ANDL DX, BX           // full and not found
	XORL $1, DX
	MOVQ AX, (R13)
	LEAQ (R13)(BX*8), R13

	// the entries before slot j's, summed
	MOVQ CX, BX
	SHLQ $4, BX
	ADDQ before+64(FP), BX
	VMOVDQU (BX), X2
	VPAND   32(R8), X2, X2
	VPSADBW X7, X2, X2
	VPSHUFD $0x4e, X2, X3
	VPADDQ  X3, X2, X2
	VMOVQ   X2, BX
	ADDL    48(R8), BX    // start: base + sum
	MOVQ    ents+72(FP), AX
	PREFETCHT0 (AX)(BX*2)
	SHLL    $8, BX
	MOVBLZX 32(R8)(CX*1), AX
	ORL     AX, BX        // start<<8 | length
	MOVL    BX, (R11)

	// its row, if dense: the block's first, plus the dense slots before j
	MOVWLZX 56(R8), AX    // dense bits
	MOVL    $1, BX
	SHLL    CX, BX
	DECL    BX
	ANDL    AX, BX
	POPCNTL BX, BX
	ADDL    52(R8), BX
	IMULQ   stride+56(FP), BX
	MOVL    BX, (R12)
	SHRL    CX, AX
	ANDL    $1, AX        // dense
	MOVQ    rows+80(FP), CX
	PREFETCHT0 (CX)(BX*2)

	MOVL DX, BX
	ANDL AX, BX           // found and dense
	LEAQ (R12)(BX*4), R12
	SUBL BX, DX           // found and sparse
	LEAQ (R11)(DX*4), R11
	ADDQ $8, DI
	JMP  feature

done:
	VZEROUPPER
	MOVQ sparse+32(FP), AX
	SUBQ AX, R11
	SHRQ $2, R11
	MOVQ R11, ns+88(FP)
	MOVQ dense+40(FP), AX
	SUBQ AX, R12
	SHRQ $2, R12
	MOVQ R12, nd+96(FP)
	MOVQ far+48(FP), AX
	SUBQ AX, R13
	SHRQ $3, R13
	MOVQ R13, nf+104(FP)
	RET
