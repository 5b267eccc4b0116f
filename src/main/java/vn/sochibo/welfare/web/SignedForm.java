package vn.sochibo.welfare.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

import vn.sochibo.welfare.UploadedScan;

/**
 * The day a gift (or a distribution's list) was signed for, and the scan of the signed
 * paper if there is one.
 */
public class SignedForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate signedOn;

	private MultipartFile scan;

	UploadedScan toScan() {
		if (this.scan == null || this.scan.isEmpty()) {
			return null;
		}
		try {
			return new UploadedScan(this.scan.getOriginalFilename(), this.scan.getBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public LocalDate getSignedOn() {
		return this.signedOn;
	}

	public void setSignedOn(LocalDate signedOn) {
		this.signedOn = signedOn;
	}

	public MultipartFile getScan() {
		return this.scan;
	}

	public void setScan(MultipartFile scan) {
		this.scan = scan;
	}

}
