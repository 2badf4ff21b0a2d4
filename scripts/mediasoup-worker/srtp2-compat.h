// Force-included (-include) into the mediasoup worker's C++ sources when it is
// built against Debian's libsrtp2 (2.5). mediasoup bundles a libsrtp fork whose
// (un)protect functions take a size_t* length and which renames
// srtp_remove_stream() to srtp_stream_remove(). These C++ overloads bridge that
// without editing mediasoup's sources. See README.md.
#ifndef PEERCIRCLE_SRTP2_COMPAT_H
#define PEERCIRCLE_SRTP2_COMPAT_H
#ifdef __cplusplus

#include <srtp.h>
#include <climits>
#include <cstddef>
#include <cstdint>

namespace peercircle_srtp2_compat
{
	using LenFn = srtp_err_status_t (*)(srtp_t, void*, int*);

	inline srtp_err_status_t call(LenFn fn, srtp_t ctx, void* data, size_t* len)
	{
		if (*len > static_cast<size_t>(INT_MAX))
			return srtp_err_status_bad_param;

		int intLen = static_cast<int>(*len);
		const srtp_err_status_t err = fn(ctx, data, &intLen);

		if (intLen < 0)
			return srtp_err_status_fail;

		*len = static_cast<size_t>(intLen);

		return err;
	}
} // namespace peercircle_srtp2_compat

inline srtp_err_status_t srtp_protect(srtp_t ctx, void* rtp, size_t* len)
{
	return peercircle_srtp2_compat::call(static_cast<peercircle_srtp2_compat::LenFn>(&srtp_protect), ctx, rtp, len);
}

inline srtp_err_status_t srtp_unprotect(srtp_t ctx, void* srtp, size_t* len)
{
	return peercircle_srtp2_compat::call(static_cast<peercircle_srtp2_compat::LenFn>(&srtp_unprotect), ctx, srtp, len);
}

inline srtp_err_status_t srtp_protect_rtcp(srtp_t ctx, void* rtcp, size_t* len)
{
	return peercircle_srtp2_compat::call(static_cast<peercircle_srtp2_compat::LenFn>(&srtp_protect_rtcp), ctx, rtcp, len);
}

inline srtp_err_status_t srtp_unprotect_rtcp(srtp_t ctx, void* srtcp, size_t* len)
{
	return peercircle_srtp2_compat::call(static_cast<peercircle_srtp2_compat::LenFn>(&srtp_unprotect_rtcp), ctx, srtcp, len);
}

inline srtp_err_status_t srtp_stream_remove(srtp_t session, uint32_t ssrc)
{
	return srtp_remove_stream(session, ssrc);
}

#endif // __cplusplus
#endif // PEERCIRCLE_SRTP2_COMPAT_H
