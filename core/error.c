// SPDX-License-Identifier: GPL-2.0
/*
 * kcrate core: symbolic errno names.
 *
 * The kernel's own table (lib/errname.c) is compiled only with
 * CONFIG_SYMBOLIC_ERRNAME, and %pe prints a bare number without it, so
 * kcrate carries the names itself. Indexed by the errno macros, so the
 * numbers are right on every architecture.
 */
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/module.h>

#include <core/error.h>
#include <helpers/export.h>

#define KC_E(e)	{ e, "-" #e }

static const struct {
	int err;
	const char *name;
} kc_errnames[] = {
	KC_E(EPERM),
	KC_E(ENOENT),
	KC_E(ESRCH),
	KC_E(EINTR),
	KC_E(EIO),
	KC_E(ENXIO),
	KC_E(E2BIG),
	KC_E(ENOEXEC),
	KC_E(EBADF),
	KC_E(ECHILD),
	KC_E(EAGAIN),
	KC_E(ENOMEM),
	KC_E(EACCES),
	KC_E(EFAULT),
	KC_E(ENOTBLK),
	KC_E(EBUSY),
	KC_E(EEXIST),
	KC_E(EXDEV),
	KC_E(ENODEV),
	KC_E(ENOTDIR),
	KC_E(EISDIR),
	KC_E(EINVAL),
	KC_E(ENFILE),
	KC_E(EMFILE),
	KC_E(ENOTTY),
	KC_E(ETXTBSY),
	KC_E(EFBIG),
	KC_E(ENOSPC),
	KC_E(ESPIPE),
	KC_E(EROFS),
	KC_E(EMLINK),
	KC_E(EPIPE),
	KC_E(EDOM),
	KC_E(ERANGE),
	KC_E(EDEADLK),
	KC_E(ENAMETOOLONG),
	KC_E(ENOLCK),
	KC_E(ENOSYS),
	KC_E(ENOTEMPTY),
	KC_E(ELOOP),
	KC_E(ENOMSG),
	KC_E(EIDRM),
	KC_E(ECHRNG),
	KC_E(EL2NSYNC),
	KC_E(EL3HLT),
	KC_E(EL3RST),
	KC_E(ELNRNG),
	KC_E(EUNATCH),
	KC_E(ENOCSI),
	KC_E(EL2HLT),
	KC_E(EBADE),
	KC_E(EBADR),
	KC_E(EXFULL),
	KC_E(ENOANO),
	KC_E(EBADRQC),
	KC_E(EBADSLT),
	KC_E(EBFONT),
	KC_E(ENOSTR),
	KC_E(ENODATA),
	KC_E(ETIME),
	KC_E(ENOSR),
	KC_E(ENONET),
	KC_E(ENOPKG),
	KC_E(EREMOTE),
	KC_E(ENOLINK),
	KC_E(EADV),
	KC_E(ESRMNT),
	KC_E(ECOMM),
	KC_E(EPROTO),
	KC_E(EMULTIHOP),
	KC_E(EDOTDOT),
	KC_E(EBADMSG),
	KC_E(EOVERFLOW),
	KC_E(ENOTUNIQ),
	KC_E(EBADFD),
	KC_E(EREMCHG),
	KC_E(ELIBACC),
	KC_E(ELIBBAD),
	KC_E(ELIBSCN),
	KC_E(ELIBMAX),
	KC_E(ELIBEXEC),
	KC_E(EILSEQ),
	KC_E(ERESTART),
	KC_E(ESTRPIPE),
	KC_E(EUSERS),
	KC_E(ENOTSOCK),
	KC_E(EDESTADDRREQ),
	KC_E(EMSGSIZE),
	KC_E(EPROTOTYPE),
	KC_E(ENOPROTOOPT),
	KC_E(EPROTONOSUPPORT),
	KC_E(ESOCKTNOSUPPORT),
	KC_E(EOPNOTSUPP),
	KC_E(EPFNOSUPPORT),
	KC_E(EAFNOSUPPORT),
	KC_E(EADDRINUSE),
	KC_E(EADDRNOTAVAIL),
	KC_E(ENETDOWN),
	KC_E(ENETUNREACH),
	KC_E(ENETRESET),
	KC_E(ECONNABORTED),
	KC_E(ECONNRESET),
	KC_E(ENOBUFS),
	KC_E(EISCONN),
	KC_E(ENOTCONN),
	KC_E(ESHUTDOWN),
	KC_E(ETOOMANYREFS),
	KC_E(ETIMEDOUT),
	KC_E(ECONNREFUSED),
	KC_E(EHOSTDOWN),
	KC_E(EHOSTUNREACH),
	KC_E(EALREADY),
	KC_E(EINPROGRESS),
	KC_E(ESTALE),
	KC_E(EUCLEAN),
	KC_E(ENOTNAM),
	KC_E(ENAVAIL),
	KC_E(EISNAM),
	KC_E(EREMOTEIO),
	KC_E(EDQUOT),
	KC_E(ENOMEDIUM),
	KC_E(EMEDIUMTYPE),
	KC_E(ECANCELED),
	KC_E(ENOKEY),
	KC_E(EKEYEXPIRED),
	KC_E(EKEYREVOKED),
	KC_E(EKEYREJECTED),
	KC_E(EOWNERDEAD),
	KC_E(ENOTRECOVERABLE),
	KC_E(ERFKILL),
	KC_E(EHWPOISON),
	KC_E(ERESTARTSYS),
	KC_E(ERESTARTNOINTR),
	KC_E(ERESTARTNOHAND),
	KC_E(ENOIOCTLCMD),
	KC_E(ERESTART_RESTARTBLOCK),
	KC_E(EPROBE_DEFER),
	KC_E(EOPENSTALE),
	KC_E(ENOPARAM),
	KC_E(EBADHANDLE),
	KC_E(ENOTSYNC),
	KC_E(EBADCOOKIE),
	KC_E(ENOTSUPP),
	KC_E(ETOOSMALL),
	KC_E(ESERVERFAULT),
	KC_E(EBADTYPE),
	KC_E(EJUKEBOX),
	KC_E(EIOCBQUEUED),
};

const char *kc_errname(int err)
{
	unsigned int e = err < 0 ? -(unsigned int)err : (unsigned int)err;
	size_t i;

	if (!e)
		return "0";
	for (i = 0; i < ARRAY_SIZE(kc_errnames); i++)
		if ((unsigned int)kc_errnames[i].err == e)
			return kc_errnames[i].name;
	return "-E?";
}
KC_EXPORT_SYMBOL(kc_errname);
