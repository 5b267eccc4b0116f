package vn.sochibo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SoChiBoApplication {

	public static void main(String[] args) {
		SpringApplication.run(SoChiBoApplication.class, args);
	}

}
